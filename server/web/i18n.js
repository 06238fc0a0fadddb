// SPDX-License-Identifier: Apache-2.0
// Every string the console shows, in Chinese (the default) and English.

const dict = {
  zh: {
    app_title: '房屋征收调查 · 后台',
    login_title: '登录', username: '用户名', password: '密码', login: '登录', logout: '退出',
    login_failed: '用户名或密码错误', rate_limited: '尝试次数过多，请稍后再试',
    project: '项目', queue: '审核队列', dashboard: '进度', language: 'English',
    search: '搜索户号、户主、地址、门牌', all_statuses: '全部状态', rows_of: '{from}–{to} / 共 {total} 户', rows_of_buildings: '{from}–{to} / 共 {total} 幢',
    prev_page: '上一页', next_page: '下一页',
    col_code: '户号', col_head: '户主', col_address: '坐落', col_door: '门牌号', col_status: '状态',
    col_buildings: '幢数', col_area: '实测面积 m²', col_conflicts: '冲突', col_updated: '更新时间',
    col_updated_by: '更新人', no_rows: '没有符合条件的户',
    keys_hint: '快捷键：/ 搜索 · ↑↓ 或 j/k 选择 · Enter 打开 · ←→ 翻页',
    back_to_queue: '返回队列', household: '户', basic: '基本情况', head_id: '户主身份证号',
    phone: '电话', tenure: '权属', title_no: '不动产权证号', house_cert_no: '房屋所有权证号',
    land_cert_no: '土地使用证号', land_type: '土地性质', approved_use: '批准用途', actual_use: '实际用途',
    gps: '入口定位', accuracy: '精度', notes: '备注', rev: '版本', review_comment: '退回意见',
    members: '家庭成员', name: '姓名', relation: '与户主关系', id_number: '身份证号', circumstances: '特殊情况',
    buildings: '房屋', building_no: '第 {no} 幢', structure: '结构', floors: '层数', year_built: '建成年份',
    registered: '登记', yes_registered: '有证', not_registered: '无证', cert_area: '证载面积 m²',
    measured_area: '实测面积 m²', difference: '差异 m²', tolerance: '限差 m²', area_flag: '面积差异',
    recognition: '认定', parts: '测量部位', floor: '层', kind: '部位', size: '尺寸 (mm)', height: '层高/净高 mm',
    sill: '窗台 mm', area: '面积 m²', rule: '适用规则', items: '附属物', unit: '单位', quantity: '数量', spec: '规格',
    photos: '照片', taken_at: '拍摄时间', category: '类别', missing_on_server: '服务器缺少文件',
    signatures: '签字', role: '身份', signed_at: '签字时间', state: '状态', valid: '有效', stale: '已失效（签字后内容有改动）',
    form_hash: '登记表内容哈希', conflicts: '冲突', field: '字段', server_value: '服务器值', client_value: '平板值',
    resolved: '已解决', open: '未解决', keep_server: '采用服务器值', keep_client: '采用平板值', edit_value: '改为',
    resolve: '解决', reviews: '审核记录', decision: '结论', approve: '审核通过', return: '退回',
    return_comment: '退回意见（调查员在平板上可见）', comment_required: '退回须填写意见',
    history: '修改记录', at: '时间', who: '操作人', device: '设备', change: '改动', entity: '对象',
    approved_ok: '已审核通过', returned_ok: '已退回', resolved_ok: '冲突已解决',
    stale_rev: '该户已被他人修改，已重新载入', none: '无', new_record: '新建', deleted: '删除',
    error: '出错了', loading: '载入中…', open_household: '打开',
    entity_household: '户', entity_member: '成员', entity_building: '幢', entity_part: '部位',
    entity_item: '附属物', entity_photo: '照片', entity_signature: '签字',
    dash_total: '总户数', dash_signed: '户主已签字', dash_refused: '拒签', dash_absent: '无法入户', dash_witnessed: '见证人签字',
    dash_photos_missing: '服务器缺少的照片', dash_conflicts: '未解决冲突', dash_by_status: '各状态户数',
    dash_by_team: '按调查组（首次上传账号）', dash_by_street: '按街道', dash_deadlines: '公开期限（20 个工作日）',
    dash_no_deadlines: '尚未形成调查结果或认定结果', dash_item: '事项', dash_formed: '形成日期', dash_due: '应公开日期',
    dash_disclosed: '公示日期', dash_posted_until: '公示期至', dash_overdue: '已逾期', dash_disclosed_ok: '已公示',
    recognition_title: '认定', building: '幢号', consequence: '补偿意见（第二十四条）', department: '认定部门',
    department_hint: '如：区城市管理执法局', decision_no: '认定文号', decided_on: '认定日期', basis: '认定依据',
    comp_yes: '予以补偿', comp_no: '不予补偿', comp_undecided: '尚未认定',
    record_decision: '录入认定', save: '保存', cancel: '取消', recognition_saved: '认定已保存',
    art24_note: '《国有土地上房屋征收与补偿条例》第二十四条：认定为合法建筑和未超过批准期限的临时建筑的，应当给予补偿；认定为违法建筑和超过批准期限的临时建筑的，不予补偿。',
    art24_legal: '合法建筑：予以补偿。', art24_temporary_valid: '未超过批准期限的临时建筑：予以补偿。',
    art24_temporary_expired: '超过批准期限的临时建筑：不予补偿。', art24_illegal: '违法建筑：不予补偿。',
    art24_self_demolished: '已自行拆除：不予补偿。', art24_legalized: '补办手续转为合法：予以补偿。',
    ledger_title: '导出台账', ledger_note: '台账含身份证号和电话，仅供内部使用；每次导出都记入审计日志。',
    ledger_xlsx: '下载 Excel 台账（户、成员、房屋、测量部位）', ledger_households: '户', ledger_members: '家庭成员',
    ledger_buildings: '房屋（面积、认定）', ledger_parts: '测量部位',
    notices_title: '通知与公示', notice_kind: '文书', notice_issue: '签发', notice_batch: '批量签发',
    notice_preview: '预览公示表', notice_serial: '编号', notice_issued_on: '签发日期',
    notice_current: '有效', notice_void: '已作废', notice_void_action: '作废', notice_reissue: '重新签发',
    notice_download: '下载', notice_verify: '核验链接', notice_issued: '已签发', notice_voided: '已作废',
    notice_batch_done: '已批量签发 {n} 份', notice_no_household: '没有这个户号', notice_batch_posting: '公示表按项目签发，不能批量',
    notice_batch_confirm: '为所有符合条件的户签发「{kind}」？', notice_void_confirm: '作废 {serial}？作废后核验页面显示为作废。',
    kind_survey_notice: '入户调查通知书', kind_registration_form: '房屋调查登记表', kind_survey_posting: '调查结果公示表（一榜）',
    kind_recognition_notice: '认定结果通知书', kind_recognition_posting: '认定结果公示表（二榜）',
    admin_title: '系统管理', admin_project: '项目设置', grade_n: '{n} 级', area_grade: '面积限差等级（GB/T 17986）',
    gps_accuracy: 'GPS 精度上限 (m)', gps_age: '定位最长时效 (秒)', posting_days: '公示期（天）',
    holidays: '法定节假日（YYYY-MM-DD，空格分隔）', workdays: '调休上班日', saved: '已保存', new_project: '新建项目',
    freeze_date: '冻结日期', create: '创建', accounts: '账号与分配', role_surveyor: '调查员', role_reviewer: '审核员',
    role_admin: '管理员', disabled: '停用', assignments: '分配项目', devices: '设备', last_login: '最近登录',
    expires: '到期', live: '在用', revoked: '已吊销', revoke: '吊销', audit_log: '审计日志',
    chain_ok: '哈希链完整（{n} 条）', chain_broken: '哈希链在第 {seq} 条断开：{reason}', seq: '序号', action: '操作',
    subject: '对象', detail: '详情', admin: '管理',
    setting_authority: '征收部门', setting_contact_name: '联系人', setting_contact_phone: '联系电话', setting_posted_at: '公示地点',
    setting_survey_from: '调查开始', setting_survey_to: '调查结束', setting_evidence_deadline: '举证期限',
    setting_objection_to: '异议受理', setting_survey_results_formed_on: '调查结果形成日', setting_recognition_results_formed_on: '认定结果形成日',
    dash_pending: '未到期', dash_survey_results: '调查结果（一榜）', dash_recognition_results: '认定结果（二榜）',
  },
  en: {
    app_title: 'Survey back office',
    login_title: 'Log in', username: 'User name', password: 'Password', login: 'Log in', logout: 'Log out',
    login_failed: 'Wrong user name or password', rate_limited: 'Too many attempts; try again later',
    project: 'Project', queue: 'Review queue', dashboard: 'Progress', language: '中文',
    search: 'Search code, head, address, door no.', all_statuses: 'All statuses', rows_of: '{from}–{to} of {total}', rows_of_buildings: '{from}–{to} of {total} buildings',
    prev_page: 'Previous', next_page: 'Next',
    col_code: 'Code', col_head: 'Head', col_address: 'Address', col_door: 'Door', col_status: 'Status',
    col_buildings: 'Bldgs', col_area: 'Measured m²', col_conflicts: 'Conflicts', col_updated: 'Updated',
    col_updated_by: 'By', no_rows: 'No household matches',
    keys_hint: 'Keys: / search · ↑↓ or j/k select · Enter open · ←→ page',
    back_to_queue: 'Back to queue', household: 'Household', basic: 'Basic facts', head_id: 'Head ID number',
    phone: 'Phone', tenure: 'Tenure', title_no: 'Property title no.', house_cert_no: 'House certificate no.',
    land_cert_no: 'Land certificate no.', land_type: 'Land type', approved_use: 'Approved use', actual_use: 'Actual use',
    gps: 'Entrance GPS', accuracy: 'accuracy', notes: 'Notes', rev: 'Revision', review_comment: 'Return comment',
    members: 'Members', name: 'Name', relation: 'Relation', id_number: 'ID number', circumstances: 'Circumstances',
    buildings: 'Buildings', building_no: 'Building {no}', structure: 'Structure', floors: 'Floors', year_built: 'Built',
    registered: 'Registered', yes_registered: 'registered', not_registered: 'unregistered', cert_area: 'Certificate m²',
    measured_area: 'Measured m²', difference: 'Difference m²', tolerance: 'Tolerance m²', area_flag: 'Area difference',
    recognition: 'Recognition', parts: 'Measured parts', floor: 'Floor', kind: 'Kind', size: 'Size (mm)',
    height: 'Height mm', sill: 'Sill mm', area: 'Area m²', rule: 'Rule applied', items: 'Ancillary items',
    unit: 'Unit', quantity: 'Quantity', spec: 'Spec', photos: 'Photos', taken_at: 'Taken', category: 'Category',
    missing_on_server: 'file missing on server', signatures: 'Signatures', role: 'Role', signed_at: 'Signed',
    state: 'State', valid: 'valid', stale: 'stale (content changed after signing)', form_hash: 'Form content hash',
    conflicts: 'Conflicts', field: 'Field', server_value: 'Server value', client_value: 'Tablet value',
    resolved: 'resolved', open: 'open', keep_server: 'Keep server', keep_client: 'Take tablet', edit_value: 'Set to',
    resolve: 'Resolve', reviews: 'Review decisions', decision: 'Decision', approve: 'Approve', return: 'Return',
    return_comment: 'Return comment (shown to the surveyor on the tablet)', comment_required: 'A return needs a comment',
    history: 'Change history', at: 'Time', who: 'By', device: 'Device', change: 'Change', entity: 'Record',
    approved_ok: 'Approved', returned_ok: 'Returned', resolved_ok: 'Conflict resolved',
    stale_rev: 'Someone changed this household; reloaded', none: 'none', new_record: 'created', deleted: 'deleted',
    error: 'Error', loading: 'Loading…', open_household: 'Open',
    entity_household: 'household', entity_member: 'member', entity_building: 'building', entity_part: 'part',
    entity_item: 'item', entity_photo: 'photo', entity_signature: 'signature',
    dash_total: 'Households', dash_signed: 'Signed by head', dash_refused: 'Refused', dash_absent: 'Absent', dash_witnessed: 'Witness signed',
    dash_photos_missing: 'Photos missing on server', dash_conflicts: 'Open conflicts', dash_by_status: 'Households by status',
    dash_by_team: 'By team (first uploading account)', dash_by_street: 'By street', dash_deadlines: 'Disclosure deadlines (20 working days)',
    dash_no_deadlines: 'No survey or recognition results formed yet', dash_item: 'Item', dash_formed: 'Formed', dash_due: 'Due',
    dash_disclosed: 'Posted on', dash_posted_until: 'Posted until', dash_overdue: 'overdue', dash_disclosed_ok: 'posted',
    recognition_title: 'Recognition', building: 'Bldg', consequence: 'Compensation (Art. 24)', department: 'Department',
    department_hint: 'e.g. district urban management bureau', decision_no: 'Decision no.', decided_on: 'Decided on', basis: 'Basis',
    comp_yes: 'compensated', comp_no: 'not compensated', comp_undecided: 'not yet decided',
    record_decision: 'Record decision', save: 'Save', cancel: 'Cancel', recognition_saved: 'Decision saved',
    art24_note: 'Art. 24 of the Regulation: legal buildings and temporary buildings within their approved period are compensated; illegal buildings and expired temporary buildings are not.',
    art24_legal: 'Legal building: compensated.', art24_temporary_valid: 'Temporary building within its permit: compensated.',
    art24_temporary_expired: 'Temporary building past its permit: not compensated.', art24_illegal: 'Illegal building: not compensated.',
    art24_self_demolished: 'Removed by the owner: not compensated.', art24_legalized: 'Legalised: compensated.',
    ledger_title: 'Ledger', ledger_note: 'The ledger holds ID numbers and phones: internal use only; every export is audited.',
    ledger_xlsx: 'Download the Excel ledger (households, members, buildings, parts)', ledger_households: 'Households',
    ledger_members: 'Members', ledger_buildings: 'Buildings (areas, recognition)', ledger_parts: 'Measured parts',
    notices_title: 'Notices', notice_kind: 'Document', notice_issue: 'Issue', notice_batch: 'Issue batch',
    notice_preview: 'Preview posting', notice_serial: 'Serial', notice_issued_on: 'Issued on',
    notice_current: 'current', notice_void: 'void', notice_void_action: 'Void', notice_reissue: 'Re-issue',
    notice_download: 'Download', notice_verify: 'Verify link', notice_issued: 'Issued', notice_voided: 'Voided',
    notice_batch_done: '{n} notices issued', notice_no_household: 'No household with that code', notice_batch_posting: 'Postings are per project, not batched',
    notice_batch_confirm: 'Issue "{kind}" to every qualifying household?', notice_void_confirm: 'Void {serial}? The verify page will show it as void.',
    kind_survey_notice: 'Survey notice', kind_registration_form: 'Registration form', kind_survey_posting: 'Survey results posting (1st)',
    kind_recognition_notice: 'Recognition notice', kind_recognition_posting: 'Recognition results posting (2nd)',
    admin_title: 'Administration', admin_project: 'Project settings', grade_n: 'grade {n}', area_grade: 'Area tolerance grade (GB/T 17986)',
    gps_accuracy: 'GPS accuracy limit (m)', gps_age: 'Max fix age (s)', posting_days: 'Posting period (days)',
    holidays: 'Public holidays (YYYY-MM-DD, space separated)', workdays: 'Weekend working days', saved: 'Saved', new_project: 'New project',
    freeze_date: 'Freeze date', create: 'Create', accounts: 'Accounts and assignments', role_surveyor: 'surveyor', role_reviewer: 'reviewer',
    role_admin: 'admin', disabled: 'disabled', assignments: 'Projects', devices: 'Devices', last_login: 'Last login',
    expires: 'Expires', live: 'live', revoked: 'revoked', revoke: 'Revoke', audit_log: 'Audit log',
    chain_ok: 'hash chain intact ({n} rows)', chain_broken: 'hash chain broken at row {seq}: {reason}', seq: 'Seq', action: 'Action',
    subject: 'Subject', detail: 'Detail', admin: 'Admin',
    setting_authority: 'Expropriating authority', setting_contact_name: 'Contact', setting_contact_phone: 'Contact phone', setting_posted_at: 'Posted at',
    setting_survey_from: 'Survey from', setting_survey_to: 'Survey to', setting_evidence_deadline: 'Evidence deadline',
    setting_objection_to: 'Objections to', setting_survey_results_formed_on: 'Survey results formed', setting_recognition_results_formed_on: 'Recognition results formed',
    dash_pending: 'not yet due', dash_survey_results: 'Survey results (1st posting)', dash_recognition_results: 'Recognition results (2nd posting)',
  },
};

// Code tables; Chinese labels match shared/survey/households/codes.cpp.
const codes = {
  status: {
    not_surveyed: ['未调查', 'not surveyed'], notified: ['已通知', 'notified'], in_progress: ['调查中', 'in progress'],
    awaiting_signature: ['待签字', 'awaiting signature'], signed: ['已签字', 'signed'], refused: ['拒签', 'refused'],
    absent: ['无法入户', 'absent'], submitted: ['已提交', 'submitted'], returned: ['退回', 'returned'],
    approved: ['已审核', 'approved'], posted: ['已公示', 'posted'], recognizing: ['认定中', 'recognizing'],
    recognized: ['认定完成', 'recognized'], recognition_posted: ['认定已公示', 'recognition posted'],
  },
  recognition: {
    registered: ['已登记', 'registered'], pending: ['待认定', 'pending'], legal: ['认定合法', 'legal'],
    temporary_valid: ['认定为临时建筑-未超期', 'temporary, within permit'],
    temporary_expired: ['认定为临时建筑-已超期', 'temporary, expired'], illegal: ['认定违法', 'illegal'],
    self_demolished: ['自行拆除', 'removed by owner'], legalized: ['补办转为合法', 'legalised'],
  },
  tenure: {
    private: ['私有', 'private'], public_direct: ['直管公房', 'public (direct)'], work_unit: ['单位自管', 'work unit'],
    co_owned: ['共有', 'co-owned'], other: ['其他', 'other'],
  },
  use: {
    residential: ['住宅', 'residential'], commercial: ['商业', 'commercial'], office: ['办公', 'office'],
    production: ['生产', 'production'], warehouse: ['仓储', 'warehouse'], other: ['其他', 'other'],
  },
  land_type: {granted: ['出让', 'granted'], allocated: ['划拨', 'allocated']},
  structure: {
    '01': ['钢结构', 'steel'], '02': ['钢、钢筋混凝土结构', 'steel / RC'], '03': ['钢筋混凝土结构', 'reinforced concrete'],
    '04': ['混合结构', 'mixed'], '05': ['砖木结构', 'brick and timber'], '06': ['其他结构', 'other'],
  },
  relation: {
    self: ['本人', 'self'], spouse: ['配偶', 'spouse'], child: ['子女', 'child'], parent: ['父母', 'parent'],
    grandchild: ['孙子女', 'grandchild'], sibling: ['兄弟姐妹', 'sibling'], in_law: ['儿媳/女婿', 'in-law'], other: ['其他', 'other'],
  },
  part_kind: {
    room: ['室内', 'room'], balcony_inside: ['阳台（主体内）', 'balcony, inside'], balcony_outside: ['阳台（主体外）', 'balcony, outside'],
    bay_window: ['飘窗', 'bay window'], sloped_roof: ['坡屋顶', 'sloped roof'], stair: ['楼梯间', 'stair'],
    stilt: ['架空层', 'stilt floor'], other: ['其他', 'other'],
  },
  signature_role: {
    head: ['户主', 'head'], member: ['家庭成员', 'member'], surveyor: ['调查员', 'surveyor'], witness: ['见证人', 'witness'],
  },
};

let lang = localStorage.getItem('console.lang') === 'en' ? 'en' : 'zh';

export const language = () => lang;

export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem('console.lang', lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = t('app_title');
}

/** The string for `key` with {name} placeholders filled from `params`. */
export function t(key, params = {}) {
  const s = dict[lang][key] ?? dict.zh[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ''));
}

/** The label of a code in one of the code tables; the code itself when unknown. */
export function label(table, code) {
  if (code === null || code === undefined || code === '') return '';
  const entry = codes[table]?.[code];
  return entry ? entry[lang === 'en' ? 1 : 0] : String(code);
}

/** The codes of a table, in order. */
export const codesOf = (table) => Object.keys(codes[table]);
