<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuildingPage</name>
    <message>
        <source>Building %1</source>
        <translation>第%1幢</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>户号 %1</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Measured parts</source>
        <translation>测量部位</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s), total %1 m²</source>
        <translation>
            <numerusform>共 %n 个部位，合计 %1 m²</numerusform>
        </translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>添加部位</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Basement %1</source>
        <translation>地下第 %1 层</translation>
    </message>
    <message>
        <source>No part measured yet. Add rooms, balconies and other parts floor by floor.</source>
        <translation>尚未测量任何部位。请逐层添加房间、阳台等部位。</translation>
    </message>
</context>
<context>
    <name>FormReviewPage</name>
    <message>
        <source>Confirm survey results</source>
        <translation>调查结果确认</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>The same digits begin the digest in the footer of every page. A signature confirms exactly this content; any later change voids it.</source>
        <translation>每页页脚的“内容摘要”以同样的数字开头。签字只确认这份内容，此后任何修改都会使签字失效。</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Head has signed; sign again</source>
        <translation>户主已签字，重新签字</translation>
    </message>
    <message>
        <source>Head of household signs</source>
        <translation>户主签字</translation>
    </message>
    <message>
        <source>Another person signs</source>
        <translation>其他人签字</translation>
    </message>
    <message>
        <source>Refused / not reachable…</source>
        <translation>拒签 / 无法入户…</translation>
    </message>
</context>
<context>
    <name>HouseholdFormPage</name>
    <message>
        <source>New household</source>
        <translation>新增户</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>户号 %1</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18 位，末位可为 X</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>坐落</translation>
    </message>
    <message>
        <source>Street, number</source>
        <translation>如：和平街道人民路128号</translation>
    </message>
    <message>
        <source>Door number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Building-unit-room, e.g. 3-2-301</source>
        <translation>栋-单元-室，如 3-2-301</translation>
    </message>
    <message>
        <source>Tenure and use</source>
        <translation>权属与用途</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>权属</translation>
    </message>
    <message>
        <source>Approved use</source>
        <translation>批准用途</translation>
    </message>
    <message>
        <source>Actual use</source>
        <translation>实际用途</translation>
    </message>
    <message>
        <source>Approved and actual use differ: both are recorded; photograph the actual use.</source>
        <translation>批准用途与实际用途不一致：两者均须记录，并拍照留存实际用途。</translation>
    </message>
    <message>
        <source>Buildings and notes</source>
        <translation>房屋与备注</translation>
    </message>
    <message>
        <source>Building and measurement</source>
        <translation>房屋与测量</translation>
    </message>
    <message>
        <source>Save the household first, then measure its building.</source>
        <translation>请先保存本户信息，再测量房屋。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything the office should know</source>
        <translation>需要告知征收办的情况</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>修改尚未保存</translation>
    </message>
    <message>
        <source>Save the changes to this household?</source>
        <translation>是否保存对本户的修改？</translation>
    </message>
    <message>
        <source>Read and sign the form</source>
        <translation>阅读登记表并签字</translation>
    </message>
    <message>
        <source>Returned by the reviewer: %1</source>
        <translation>审核退回：%1</translation>
    </message>
    <message>
        <source>no comment</source>
        <translation>无意见</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message numerus="yes">
        <source>%1 · %n household(s)</source>
        <translation>
            <numerusform>%1 · 共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>没有与“%1”匹配的户。</translation>
    </message>
    <message>
        <source>No household yet. Add the first one with the + button.</source>
        <translation>还没有户。点击 + 按钮新增第一户。</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增户</translation>
    </message>
    <message>
        <source>No household matches these filters.</source>
        <translation>没有符合筛选条件的户。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>身份证号应为18位</translation>
    </message>
    <message>
        <source>Only digits, with X allowed as the last character.</source>
        <translation>身份证号前17位应为数字，末位为数字或X</translation>
    </message>
    <message>
        <source>The first 6 digits are not a valid region code.</source>
        <translation>身份证号地区码无效</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a valid date of birth.</source>
        <translation>身份证号中的出生日期无效</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is probably mistyped.</source>
        <translation>身份证号校验位错误，请核对</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Boundary wall</source>
        <translation>围墙</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>大门</translation>
    </message>
    <message>
        <source>Paved yard</source>
        <translation>院坪</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>水井</translation>
    </message>
    <message>
        <source>Septic tank</source>
        <translation>化粪池</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树木</translation>
    </message>
    <message>
        <source>Shed</source>
        <translation>棚</translation>
    </message>
    <message>
        <source>Water tank</source>
        <translation>水池</translation>
    </message>
    <message>
        <source>Floor tiles</source>
        <translation>地砖</translation>
    </message>
    <message>
        <source>Wooden floor</source>
        <translation>木地板</translation>
    </message>
    <message>
        <source>Suspended ceiling</source>
        <translation>吊顶</translation>
    </message>
    <message>
        <source>Wall paint</source>
        <translation>墙面涂料</translation>
    </message>
    <message>
        <source>Wall tiles</source>
        <translation>墙砖</translation>
    </message>
    <message>
        <source>Wooden door</source>
        <translation>木门</translation>
    </message>
    <message>
        <source>Aluminium window</source>
        <translation>铝合金窗</translation>
    </message>
    <message>
        <source>Security grille</source>
        <translation>防盗网</translation>
    </message>
    <message>
        <source>Kitchen cabinets</source>
        <translation>橱柜</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Expropriation of houses on state-owned land</source>
        <translation>国有土地上房屋征收</translation>
    </message>
    <message>
        <source>House Survey</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Survey and measure door to door. Everything is saved on this tablet and synced when the network is back.</source>
        <translation>逐户调查与测量。数据先保存在本平板上，网络恢复后再同步。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <source>64 hex digits, as printed by the server</source>
        <translation>服务器启动时显示的 64 位十六进制数</translation>
    </message>
    <message>
        <source>Pinned: only a server with this certificate is trusted.</source>
        <translation>已固定：只信任使用此证书的服务器。</translation>
    </message>
    <message>
        <source>Not pinned yet: enter the fingerprint the office gave you.</source>
        <translation>尚未固定：请填写征收办提供的证书指纹。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message numerus="yes">
        <source>Work offline with the %n project(s) on this tablet</source>
        <translation>
            <numerusform>离线使用本平板上的 %n 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>House Survey</source>
        <translation>房屋征收入户调查</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Living alone (elderly)</source>
        <translation>孤寡</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not uploaded</source>
        <translation>%1 张未上传</translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>新照片</translation>
    </message>
    <message>
        <source>No camera on this device: import photos from files.</source>
        <translation>本设备没有相机：请从文件导入照片。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Each photo is stamped with the time, the position and the household code.</source>
        <translation>每张照片都会加盖拍摄时间、位置和户编号水印。</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Import from file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>No photo of this household yet.</source>
        <translation>该户还没有照片。</translation>
    </message>
</context>
<context>
    <name>PhotoSubject</name>
    <message>
        <source>Whole household</source>
        <translation>本户整体</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>第%1幢</translation>
    </message>
    <message>
        <source>%1, floor %2</source>
        <translation>%1，第%2层</translation>
    </message>
    <message>
        <source>Record no longer on this tablet</source>
        <translation>该记录已不在本平板上</translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <source>±? m</source>
        <translation>±? 米</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 米</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Offline: not logged in</source>
        <translation>离线：未登录</translation>
    </message>
    <message>
        <source>Refresh the project list</source>
        <translation>刷新项目列表</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Showing the projects saved on this tablet.</source>
        <translation>现显示本平板上保存的项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n to sync</source>
        <translation>
            <numerusform>待同步 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is assigned to you yet.</source>
        <translation>尚未给您分配项目。</translation>
    </message>
    <message>
        <source>No project on this tablet yet. Log in to download your projects.</source>
        <translation>本平板上还没有项目。请登录以下载您的项目。</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>Sign: %1</source>
        <translation>签字：%1</translation>
    </message>
    <message>
        <source>Content digest %1</source>
        <translation>内容摘要 %1</translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translation>确认签字</translation>
    </message>
    <message>
        <source>I have read the house survey registration form of this household (content digest %1) and confirm that it records what was found.</source>
        <translation>本人已阅读本户房屋调查登记表（内容摘要 %1），确认所列调查内容属实。</translation>
    </message>
    <message>
        <source>Signs as</source>
        <translation>签字身份</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>签字人姓名</translation>
    </message>
</context>
<context>
    <name>SignatureRecorder</name>
    <message>
        <source>The household is not on this tablet.</source>
        <translation>本平板上没有该户。</translation>
    </message>
</context>
<context>
    <name>SvBuildingForm</name>
    <message>
        <source>Building</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Building no.</source>
        <translation>幢号</translation>
    </message>
    <message>
        <source>Floors above ground</source>
        <translation>地上层数</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Registered (has title certificate)</source>
        <translation>已登记（有产权证）</translation>
    </message>
    <message>
        <source>Certificate area</source>
        <translation>证载建筑面积</translation>
    </message>
    <message>
        <source>Measured area</source>
        <translation>实测建筑面积</translation>
    </message>
    <message>
        <source>Area difference beyond tolerance, to be reviewed: </source>
        <translation>面积差异超出限差，待审核：</translation>
    </message>
    <message>
        <source>Difference to certificate: </source>
        <translation>与证载面积之差：</translation>
    </message>
</context>
<context>
    <name>SvComboField</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>SvHouseholdFilterBar</name>
    <message>
        <source>Search code, head of household or address</source>
        <translation>搜索户编号、户主或坐落</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街巷</translation>
    </message>
    <message>
        <source>Not synced only</source>
        <translation>仅未同步</translation>
    </message>
</context>
<context>
    <name>SvHouseholdRow</name>
    <message>
        <source>(no head yet)</source>
        <translation>（未填户主）</translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted</source>
        <translation>
            <numerusform>%n 项未被接受</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to sync</source>
        <translation>
            <numerusform>待同步 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvItemDialog</name>
    <message>
        <source>Edit decoration item</source>
        <translation>编辑装修</translation>
    </message>
    <message>
        <source>Edit ancillary item</source>
        <translation>编辑附属物</translation>
    </message>
    <message>
        <source>New decoration item</source>
        <translation>新增装修</translation>
    </message>
    <message>
        <source>New ancillary item</source>
        <translation>新增附属物</translation>
    </message>
    <message>
        <source>Ancillary item</source>
        <translation>附属物</translation>
    </message>
    <message>
        <source>Decoration</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>e.g. ceramic, 800 × 800 mm</source>
        <translation>如：瓷砖 800 × 800 mm</translation>
    </message>
    <message>
        <source>e.g. brick, 2.0 m high</source>
        <translation>如：砖砌，高 2.0 m</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SvItemSection</name>
    <message>
        <source>Ancillary items and decoration</source>
        <translation>附属物与装修</translation>
    </message>
    <message>
        <source>No ancillary items or decoration recorded yet.</source>
        <translation>尚未登记附属物或装修。</translation>
    </message>
    <message>
        <source>Save the household first, then add its ancillary items.</source>
        <translation>请先保存本户，再添加附属物。</translation>
    </message>
    <message>
        <source>Decoration</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Ancillary items</source>
        <translation>附属物</translation>
    </message>
    <message>
        <source>Add ancillary item</source>
        <translation>添加附属物</translation>
    </message>
    <message>
        <source>Add decoration</source>
        <translation>添加装修</translation>
    </message>
</context>
<context>
    <name>SvLanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>SvMemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>编辑家庭成员</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新增家庭成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18位，末位可为X</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SvMemberSection</name>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>No members recorded yet.</source>
        <translation>尚未登记家庭成员。</translation>
    </message>
    <message>
        <source>Save the household first, then add its members.</source>
        <translation>请先保存本户，再添加家庭成员。</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加家庭成员</translation>
    </message>
</context>
<context>
    <name>SvPageHeader</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>SvPartDialog</name>
    <message>
        <source>Edit part</source>
        <translation>编辑测量部位</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>新增测量部位</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>所在层</translation>
    </message>
    <message>
        <source>Kind of part</source>
        <translation>部位类型</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>进深</translation>
    </message>
    <message>
        <source>Clear height</source>
        <translation>净高</translation>
    </message>
    <message>
        <source>Storey height</source>
        <translation>层高</translation>
    </message>
    <message>
        <source>Sill height above floor</source>
        <translation>窗台高度（距楼地面）</translation>
    </message>
    <message>
        <source>Counted area</source>
        <translation>计入建筑面积</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Width, second reading</source>
        <translation>宽度 第二次读数</translation>
    </message>
    <message>
        <source>if measured twice</source>
        <translation>量两次时填写</translation>
    </message>
    <message>
        <source>Depth, second reading</source>
        <translation>进深 第二次读数</translation>
    </message>
    <message>
        <source>Floor area %1 m = %2 m²</source>
        <translation>水平面积 %1 m = %2 m²</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Polygon (L-shaped, irregular)</source>
        <translation>多边形（L 形、不规则）</translation>
    </message>
    <message numerus="yes">
        <source>Floor area of the outline (%n corner(s)) = %1 m²</source>
        <translation>
            <numerusform>多边形水平面积（%n 个角点）= %1 m²</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvPartRow</name>
    <message>
        <source>Area differs from the current rule: open and save again.</source>
        <translation>面积与现行规则计算结果不符：请打开后重新保存。</translation>
    </message>
</context>
<context>
    <name>SvPhotoTile</name>
    <message>
        <source>On server</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>未上传</translation>
    </message>
</context>
<context>
    <name>SvPhotoViewer</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>拍摄对象</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>No position recorded</source>
        <translation>未记录定位</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
</context>
<context>
    <name>SvPolygonEntry</name>
    <message>
        <source>Corners in order around the room; x and y from the first corner.</source>
        <translation>沿房间依次填写各角点；x、y 为距第一个角点的距离。</translation>
    </message>
    <message>
        <source>Corner %1 · x</source>
        <translation>角点 %1 · x</translation>
    </message>
    <message>
        <source>Corner %1 · y</source>
        <translation>角点 %1 · y</translation>
    </message>
    <message>
        <source>Remove corner %1</source>
        <translation>删除角点 %1</translation>
    </message>
    <message>
        <source>+ Add corner</source>
        <translation>+ 添加角点</translation>
    </message>
</context>
<context>
    <name>SvPositionBadge</name>
    <message>
        <source>GPS replay</source>
        <translation>定位回放</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>无定位</translation>
    </message>
</context>
<context>
    <name>SvPositionField</name>
    <message>
        <source>Entrance position</source>
        <translation>入口位置</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Record position again</source>
        <translation>重新记录位置</translation>
    </message>
    <message>
        <source>Record position</source>
        <translation>记录位置</translation>
    </message>
</context>
<context>
    <name>SvRefusalDialog</name>
    <message>
        <source>Refused or not reachable</source>
        <translation>拒签或无法入户</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>拒签</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>无法入户</translation>
    </message>
    <message>
        <source>Reason, as observed (recorded in the notes)</source>
        <translation>现场情况及原因（记入备注）</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>A disinterested third party, e.g. a notary or community officer</source>
        <translation>无利害关系的第三人，如公证员或社区工作人员</translation>
    </message>
    <message>
        <source>Witness signs here</source>
        <translation>见证人在此签名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Record with witness</source>
        <translation>见证人签字后记录</translation>
    </message>
</context>
<context>
    <name>SvSignatureList</name>
    <message>
        <source>No signatures yet.</source>
        <translation>尚无签字。</translation>
    </message>
    <message>
        <source>Void (content changed)</source>
        <translation>已失效(内容已变更)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>SvSignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>请在此处签名</translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>共 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>SvSyncButton</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n 项修改待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is synced</source>
        <translation>已全部同步</translation>
    </message>
</context>
<context>
    <name>SvSyncProblemSection</name>
    <message>
        <source>Sync problems to settle (%1)</source>
        <translation>待处理的同步问题（%1）</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>未被接受</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>本平板</translation>
    </message>
    <message>
        <source>Keep office value</source>
        <translation>采用办公室的值</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>重新提交本机的值</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The server no longer accepts this login. Please log in again.</source>
        <translation>服务器已不再接受此次登录，请重新登录。</translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>This account may not use the survey app.</source>
        <translation>此账号无权使用调查应用。</translation>
    </message>
    <message>
        <source>This account is not assigned to this project.</source>
        <translation>此账号未被分配到该项目。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>尝试次数过多，请稍候一分钟再试。</translation>
    </message>
    <message>
        <source>The household is approved and locked until the office returns it.</source>
        <translation>该户已审核并锁定，退回后方可修改。</translation>
    </message>
    <message>
        <source>The server computes a different area: this app uses an outdated rule version. Update the app before syncing.</source>
        <translation>服务器计算的面积与本机不同：本应用的面积规则版本已过时，请先更新应用再同步。</translation>
    </message>
    <message>
        <source>Someone else changed the same fields; both versions are kept for review.</source>
        <translation>他人修改了相同的字段，两个版本均已保留，待审核处理。</translation>
    </message>
    <message>
        <source>The server does not know this project or record.</source>
        <translation>服务器上没有该项目或记录。</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>服务器内部错误，请稍后再试。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network and the server address; your work stays on this tablet.</source>
        <translation>无法连接服务器。请检查网络和服务器地址；您的数据仍保存在本平板上。</translation>
    </message>
    <message>
        <source>Only https:// servers are accepted.</source>
        <translation>只接受以 https:// 开头的服务器地址。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Is this the survey server?</source>
        <translation>无法识别服务器的应答，请确认这是调查服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint. Do not continue; ask the office for the correct fingerprint.</source>
        <translation>服务器证书与已固定的指纹不符。请勿继续，并向征收办核实正确的指纹。</translation>
    </message>
    <message>
        <source>Server error: %1</source>
        <translation>服务器错误：%1</translation>
    </message>
    <message>
        <source>Server error: %1 (%2)</source>
        <translation>服务器错误：%1（%2）</translation>
    </message>
</context>
<context>
    <name>survey::app::BuildingEditor</name>
    <message>
        <source>Whole number from 1</source>
        <translation>请填写不小于 1 的整数</translation>
    </message>
    <message>
        <source>At most 2 decimals, as on the certificate</source>
        <translation>最多两位小数，与证书一致</translation>
    </message>
    <message>
        <source>Enter square metres, e.g. 86.42</source>
        <translation>请填写平方米数，如 86.42</translation>
    </message>
    <message>
        <source>%1 m² (tolerance ±%2 m²)</source>
        <translation>%1 m²（限差 ±%2 m²）</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>请先更正标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>survey::app::FormReview</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>调查员</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
</context>
<context>
    <name>survey::app::HouseholdEditor</name>
    <message>
        <source>Enter the household code.</source>
        <translation>请填写户编号。</translation>
    </message>
    <message>
        <source>Code %1 is already used in this project.</source>
        <translation>户编号 %1 在本项目中已被使用。</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>请先更正标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Position not recorded: %1</source>
        <translation>位置未记录：%1</translation>
    </message>
</context>
<context>
    <name>survey::app::ItemEditor</name>
    <message>
        <source>Enter the name or choose one below.</source>
        <translation>请填写名称，或在下方选择。</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>请选择单位。</translation>
    </message>
    <message>
        <source>Must be more than 0</source>
        <translation>须大于 0</translation>
    </message>
    <message>
        <source>Enter the quantity.</source>
        <translation>请填写数量。</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5</source>
        <translation>请输入数字，如 12.5</translation>
    </message>
    <message>
        <source>At most 3 decimals</source>
        <translation>最多 3 位小数</translation>
    </message>
    <message>
        <source>Too large: check the number</source>
        <translation>数值过大，请核对</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>请先更正标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
</context>
<context>
    <name>survey::app::MemberEditor</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请填写成员姓名。</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>请先更正标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
</context>
<context>
    <name>survey::app::PartEditor</name>
    <message>
        <source>Must be more than 0</source>
        <translation>须大于 0</translation>
    </message>
    <message>
        <source>Enter metres, e.g. 3.45</source>
        <translation>请以米为单位填写，如 3.45</translation>
    </message>
    <message>
        <source>At most 3 decimals (whole millimetres)</source>
        <translation>最多三位小数（精确到毫米）</translation>
    </message>
    <message>
        <source>At most 1000 m</source>
        <translation>不能超过 1000 m</translation>
    </message>
    <message>
        <source>Whole number from 1 (−1 for a basement)</source>
        <translation>层号为整数，从 1 起（地下一层填 −1）</translation>
    </message>
    <message>
        <source>Choose the kind of part.</source>
        <translation>请选择部位类型。</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>Enter the floor.</source>
        <translation>请填写所在层。</translation>
    </message>
    <message>
        <source>Enter width and depth.</source>
        <translation>请填写宽度和进深。</translation>
    </message>
    <message>
        <source>Enter the clear height.</source>
        <translation>请填写净高。</translation>
    </message>
    <message>
        <source>Enter the storey height.</source>
        <translation>请填写层高。</translation>
    </message>
    <message>
        <source>Enter the sill height above the floor.</source>
        <translation>请填写窗台距楼地面的高度。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Readings differ by %1 mm, more than the %2 mm allowed: measure again.</source>
        <translation>两次读数相差 %1 mm，超过限差 %2 mm，请复测。</translation>
    </message>
    <message>
        <source>mean of two readings: %1 m</source>
        <translation>两次读数平均：%1 m</translation>
    </message>
    <message>
        <source>This part&apos;s shape cannot be edited here.</source>
        <translation>此部位的形状无法在此编辑。</translation>
    </message>
    <message>
        <source>An outline needs at least 3 corners.</source>
        <translation>多边形至少需要 3 个角点。</translation>
    </message>
    <message>
        <source>An outline has at most %1 corners.</source>
        <translation>多边形最多 %1 个角点。</translation>
    </message>
    <message>
        <source>Enter x and y of every corner.</source>
        <translation>请填写每个角点的 x 和 y。</translation>
    </message>
    <message>
        <source>The outline crosses itself: check the order of the corners.</source>
        <translation>轮廓自相交：请检查角点顺序。</translation>
    </message>
</context>
<context>
    <name>survey::app::PartListModel</name>
    <message numerus="yes">
        <source>polygon, %n corner(s)</source>
        <translation>
            <numerusform>多边形，%n 个角点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>survey::app::PhotoListModel</name>
    <message>
        <source>±%1 m</source>
        <translation>±%1 米</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>无定位</translation>
    </message>
</context>
<context>
    <name>survey::app::PhotoTaker</name>
    <message>
        <source>Open a household first.</source>
        <translation>请先打开一户。</translation>
    </message>
    <message>
        <source>Save the household before adding photos.</source>
        <translation>请先保存该户，再添加照片。</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1</source>
        <translation>照片无法保存：%1</translation>
    </message>
</context>
<context>
    <name>survey::app::PositionStatus</name>
    <message>
        <source>Position usable: %1, taken %2 ago.</source>
        <translation>定位可用：精度 %1，%2前测得。</translation>
    </message>
    <message>
        <source>No new position for %1 (the project allows %2 s). Go outdoors and wait for a fix.</source>
        <translation>已有 %1未收到新定位（项目允许 %2 秒）。请到室外等待定位。</translation>
    </message>
    <message>
        <source>The receiver does not say how accurate this position is, so it cannot be used.</source>
        <translation>接收机未给出此位置的精度，不能使用。</translation>
    </message>
    <message>
        <source>Accuracy %1 is worse than the project&apos;s %2 m. Move away from walls and wait.</source>
        <translation>精度 %1 低于项目要求的 %2 米。请远离墙体稍候。</translation>
    </message>
    <message>
        <source>This tablet has no position source.</source>
        <translation>本机没有定位来源。</translation>
    </message>
    <message>
        <source>The recorded position log cannot be read.</source>
        <translation>无法读取定位回放记录。</translation>
    </message>
    <message>
        <source>Location access is denied. Allow it in the system settings.</source>
        <translation>定位权限被拒绝，请在系统设置中允许。</translation>
    </message>
    <message>
        <source>Location is switched off. Turn it on in the system settings.</source>
        <translation>定位已关闭，请在系统设置中打开。</translation>
    </message>
    <message>
        <source>The position source failed.</source>
        <translation>定位来源出错。</translation>
    </message>
    <message>
        <source>Waiting for a satellite fix. Stay outdoors with a clear view of the sky.</source>
        <translation>正在等待卫星定位，请在室外开阔处稍候。</translation>
    </message>
</context>
<context>
    <name>survey::app::Session</name>
    <message>
        <source>Enter the server address.</source>
        <translation>请填写服务器地址。</translation>
    </message>
    <message>
        <source>The server address must look like https://host:port.</source>
        <translation>服务器地址格式应为 https://主机:端口。</translation>
    </message>
    <message>
        <source>Enter the server certificate&apos;s SHA-256 fingerprint (64 hex digits) as printed by the server.</source>
        <translation>请填写服务器证书的 SHA-256 指纹（服务器启动时显示的 64 位十六进制数）。</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>请填写用户名和密码。</translation>
    </message>
    <message>
        <source>Log in to sync. Your changes are kept on this tablet.</source>
        <translation>请先登录再同步。您的修改已保存在本平板上。</translation>
    </message>
</context>
<context>
    <name>survey::app::SignatureRecorder</name>
    <message>
        <source>The household is not on this tablet.</source>
        <translation>本机上没有该户的记录。</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>请填写签字人姓名。</translation>
    </message>
    <message>
        <source>Sign on the pad first.</source>
        <translation>请先在签字板上签名。</translation>
    </message>
    <message>
        <source>Unknown signer role %1.</source>
        <translation>未知的签字身份 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Unknown refusal kind %1.</source>
        <translation>未知的类型 %1。</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>A witness must sign before the refusal is recorded.</source>
        <translation>拒签或无法入户须由见证人签字后才能记录。</translation>
    </message>
</context>
<context>
    <name>survey::app::SyncProblemListModel</name>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Measured part</source>
        <translation>测量部位</translation>
    </message>
    <message>
        <source>Ancillary item</source>
        <translation>附属物</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>坐落</translation>
    </message>
    <message>
        <source>Door number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>权属</translation>
    </message>
    <message>
        <source>Approved use</source>
        <translation>批准用途</translation>
    </message>
    <message>
        <source>Actual use</source>
        <translation>实际用途</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Measured lengths (mm)</source>
        <translation>实测边长（毫米）</translation>
    </message>
    <message>
        <source>Outline corners (mm)</source>
        <translation>多边形角点（毫米）</translation>
    </message>
    <message>
        <source>Storey height (mm)</source>
        <translation>层高（毫米）</translation>
    </message>
    <message>
        <source>Part kind</source>
        <translation>部位类型</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>所在层</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>survey::app::SyncStatus</name>
    <message>
        <source>Uploading changes</source>
        <translation>正在上传修改</translation>
    </message>
    <message>
        <source>Downloading changes</source>
        <translation>正在下载更新</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>同步完成</translation>
    </message>
    <message>
        <source>Uploading photos</source>
        <translation>正在上传照片</translation>
    </message>
</context>
<context>
    <name>survey::device::SyncEngine</name>
    <message>
        <source>Unknown project; fetch the project list first.</source>
        <translation>未知项目，请先刷新项目列表。</translation>
    </message>
    <message>
        <source>The server did not answer for every change sent.</source>
        <translation>服务器未对已发送的全部修改作出应答。</translation>
    </message>
    <message>
        <source>The server&apos;s change cursor did not advance.</source>
        <translation>服务器的变更游标没有前进。</translation>
    </message>
    <message>
        <source>Synced: %1 changes sent, %2 received.</source>
        <translation>同步完成：上传 %1 项修改，接收 %2 项。</translation>
    </message>
    <message>
        <source>%1 changes were not accepted and need attention.</source>
        <translation>%1 项修改未被接受，需要处理。</translation>
    </message>
    <message>
        <source>%1 photos uploaded.</source>
        <translation>已上传 %1 张照片。</translation>
    </message>
    <message>
        <source>The server did not accept a photo&apos;s bytes.</source>
        <translation>服务器未接收照片数据。</translation>
    </message>
    <message>
        <source>Cannot read a photo file: %1</source>
        <translation>无法读取照片文件：%1</translation>
    </message>
    <message>
        <source>%1 photo files are missing on this tablet.</source>
        <translation>本平板上缺少 %1 个照片文件。</translation>
    </message>
    <message>
        <source>%1 photos were refused: the server has no record of them that you may change.</source>
        <translation>%1 张照片被服务器拒收：服务器上没有您可修改的对应记录。</translation>
    </message>
</context>
</TS>
