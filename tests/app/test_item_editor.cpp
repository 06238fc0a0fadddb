// SPDX-License-Identifier: Apache-2.0
// 附属物 and 装修 on the tablet: the editor turns typed quantities into exact thousandths or
// says why not (and then saves nothing), keeps the kind, and the list groups and numbers
// the items as the registration form prints them.
#include "items/item_editor.h"
#include "items/item_list_model.h"
#include "session/session.h"
#include "store/local_store.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using survey::app::ItemEditor;
using survey::app::ItemListModel;
using survey::app::Session;

class TestItemEditor : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        session_ = std::make_unique<Session>(Session::Options{dir_->path(), {}, {}, {}, {}, 0});
        session_->store().upsertProject(
            {QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("测试项目")});
        session_->openProject(QStringLiteral("p"));
        householdId_ = session_->store().save(QStringLiteral("p"), QStringLiteral("household"), {},
                                              {{"code", "H-1"}, {"head_name", "张三"}});
    }
    void cleanup() {
        session_.reset();
        dir_.reset();
    }

    void quantityErrors_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << ""
                               << "Enter the quantity.";
        QTest::newRow("zero") << "0"
                              << "Must be more than 0";
        QTest::newRow("zero decimals") << "0.000"
                                       << "Must be more than 0";
        QTest::newRow("negative") << "-2"
                                  << "Enter a number, e.g. 12.5";
        QTest::newRow("letters") << "12a"
                                 << "Enter a number, e.g. 12.5";
        QTest::newRow("two separators") << "1.2.3"
                                        << "Enter a number, e.g. 12.5";
        QTest::newRow("four decimals") << "1.2345"
                                       << "At most 3 decimals";
        QTest::newRow("too large") << "1000001"
                                   << "Too large: check the number";
        QTest::newRow("three decimals") << "1.234"
                                        << "";
        QTest::newRow("full-width") << "１２。５"
                                    << "";
        QTest::newRow("leading dot") << ".5"
                                     << "";
    }
    void quantityErrors() {
        QFETCH(QString, typed);
        QFETCH(QString, error);
        ItemEditor editor;
        editor.setSession(session_.get());
        editor.setHouseholdId(householdId_);
        editor.setQuantityText(typed);
        QCOMPARE(editor.quantityError(), error);
    }

    // A new item opens without red fields; a refused save marks every one not filled in.
    void problemsShowOnceTouchedOrSaved() {
        ItemEditor editor;
        editor.setSession(session_.get());
        editor.setHouseholdId(householdId_);
        editor.startNew(QStringLiteral("ancillary"));
        QVERIFY(!editor.canSave());
        QVERIFY(editor.nameError().isEmpty());
        QVERIFY(editor.unitError().isEmpty());
        QVERIFY(editor.quantityError().isEmpty());
        editor.setName(QStringLiteral("水井"));
        QVERIFY(editor.quantityError().isEmpty());
        QVERIFY(!editor.save());
        QCOMPARE(editor.unitError(), QStringLiteral("Choose the unit."));
        QCOMPARE(editor.quantityError(), QStringLiteral("Enter the quantity."));
        QVERIFY(editor.nameError().isEmpty());
        editor.startNew(QStringLiteral("ancillary"));
        QVERIFY(editor.unitError().isEmpty());
    }

    void invalidItemIsNotSaved() {
        ItemEditor editor;
        editor.setSession(session_.get());
        editor.setHouseholdId(householdId_);
        editor.setName(QStringLiteral("围墙"));
        editor.setUnit(QStringLiteral("m"));
        editor.setQuantityText(QStringLiteral("1.2345"));
        QVERIFY(!editor.canSave());
        QVERIFY(!editor.save());
        QCOMPARE(editor.saveError(), QStringLiteral("Correct the marked fields first."));
        QVERIFY(editor.itemId().isEmpty());
        QVERIFY(session_->store().children(QStringLiteral("item"), householdId_).isEmpty());

        editor.setQuantityText(QStringLiteral("12.5"));
        editor.setUnit({});
        QCOMPARE(editor.unitError(), QStringLiteral("Choose the unit."));
        QVERIFY(!editor.save());
        editor.setUnit(QStringLiteral("m"));
        editor.setName(QStringLiteral("  "));
        QVERIFY(!editor.nameError().isEmpty());
        QVERIFY(!editor.save());
        QVERIFY(session_->store().children(QStringLiteral("item"), householdId_).isEmpty());
    }

    void savesExactThousandthsAndKind() {
        ItemEditor editor;
        editor.setSession(session_.get());
        editor.setHouseholdId(householdId_);
        editor.startNew(QStringLiteral("decoration"));
        QVERIFY(editor.isDecoration());
        QVERIFY(editor.unitChoices().contains(QStringLiteral("项")));
        editor.setName(QStringLiteral("木地板"));
        editor.setUnit(QStringLiteral("m²"));
        editor.setQuantityText(QStringLiteral("45.255"));
        editor.setSpec(QStringLiteral("实木"));
        QVERIFY2(editor.save(), qPrintable(editor.saveError()));

        const auto stored = session_->store().read(QStringLiteral("item"), editor.itemId());
        QVERIFY(stored);
        QCOMPARE(stored->fields.at("quantity_milli").get<std::int64_t>(), 45255);
        QCOMPARE(stored->fields.at("kind").get<std::string>(), std::string("decoration"));
        QCOMPARE(stored->fields.at("unit").get<std::string>(), std::string("m²"));

        ItemEditor again;
        again.setSession(session_.get());
        QVERIFY(again.load(editor.itemId()));
        QCOMPARE(again.quantityText(), QStringLiteral("45.255"));
        QVERIFY(again.isDecoration());
        QCOMPARE(again.spec(), QStringLiteral("实木"));
    }

    // The server's demo and older records have no kind: they are ancillary items, and an
    // office unit the tablet does not offer stays choosable.
    void itemWithoutKindIsAncillary() {
        const QString id = session_->store().save(QStringLiteral("p"), QStringLiteral("item"), {},
                                                  {{"household_id", householdId_.toStdString()},
                                                   {"name", "花台"},
                                                   {"unit", "处"},
                                                   {"quantity_milli", 2000}});
        ItemEditor editor;
        editor.setSession(session_.get());
        QVERIFY(editor.load(id));
        QVERIFY(!editor.isDecoration());
        QCOMPARE(editor.kind(), QStringLiteral("ancillary"));
        QVERIFY(editor.unitChoices().contains(QStringLiteral("处")));
        QCOMPARE(editor.quantityText(), QStringLiteral("2"));
    }

    void listGroupsAndNumbersByKind() {
        const auto add = [&](const char* kind, const char* name, const char* unit,
                             std::int64_t milli) {
            ItemEditor editor;
            editor.setSession(session_.get());
            editor.setHouseholdId(householdId_);
            editor.startNew(QString::fromLatin1(kind));
            editor.setName(QString::fromUtf8(name));
            editor.setUnit(QString::fromUtf8(unit));
            editor.setQuantityText(QString::number(milli / 1000.0));
            QVERIFY2(editor.save(), qPrintable(editor.saveError()));
        };
        add("decoration", "吊顶", "m²", 21600);
        add("ancillary", "围墙", "m", 18600);
        add("ancillary", "树木", "棵", 2000);

        ItemListModel model;
        model.setSession(session_.get());
        model.setHouseholdId(householdId_);
        model.componentComplete();
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.decorationCount(), 1);
        const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, ItemListModel::NameRole).toString(), QStringLiteral("围墙"));
        QCOMPARE(at(0, ItemListModel::QuantityTextRole).toString(), QStringLiteral("18.6 m"));
        QCOMPARE(at(0, ItemListModel::FirstOfKindRole).toBool(), true);
        QCOMPARE(at(1, ItemListModel::NameRole).toString(), QStringLiteral("树木"));
        QCOMPARE(at(1, ItemListModel::NumberRole).toInt(), 2);
        QCOMPARE(at(1, ItemListModel::FirstOfKindRole).toBool(), false);
        QCOMPARE(at(2, ItemListModel::NameRole).toString(), QStringLiteral("吊顶"));
        QCOMPARE(at(2, ItemListModel::IsDecorationRole).toBool(), true);
        QCOMPARE(at(2, ItemListModel::NumberRole).toInt(), 1);
        QCOMPARE(at(2, ItemListModel::FirstOfKindRole).toBool(), true);
        QCOMPARE(at(2, ItemListModel::QuantityTextRole).toString(), QStringLiteral("21.6 m²"));

        ItemEditor editor;
        editor.setSession(session_.get());
        QVERIFY(editor.load(at(0, ItemListModel::ItemIdRole).toString()));
        QVERIFY(editor.remove());
        QCOMPARE(model.count(), 2); // the session's records-changed signal reloads the list
    }

  private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<Session> session_;
    QString householdId_;
};

QTEST_MAIN(TestItemEditor)
#include "test_item_editor.moc"
