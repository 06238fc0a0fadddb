// SPDX-License-Identifier: Apache-2.0
// The three-way field merge of a pushed change, table-driven (design.md §3).
#include "survey/sync/merge.h"

#include <QtTest>

using nlohmann::json;

class TestMerge : public QObject {
    Q_OBJECT
private slots:
    void merge_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<QStringList>("conflicts");
        QTest::addColumn<bool>("changed");
        QTest::newRow("only client changed")
            << R"({"a":1,"b":2})" << R"({"a":1,"b":2})" << R"({"a":5})" << R"({"a":5,"b":2})"
            << QStringList{} << true;
        QTest::newRow("disjoint edits merge")
            << R"({"a":1,"b":2})" << R"({"a":1,"b":3})" << R"({"a":5,"b":2})"
            << R"({"a":5,"b":3})" << QStringList{} << true;
        QTest::newRow("same value both sides")
            << R"({"a":1})" << R"({"a":7})" << R"({"a":7})" << R"({"a":7})" << QStringList{}
            << false;
        QTest::newRow("both changed differently")
            << R"({"a":1,"b":2})" << R"({"a":3,"b":2})" << R"({"a":4,"b":9})"
            << R"({"a":3,"b":9})" << QStringList{"a"} << true;
        QTest::newRow("client sets a field the server cleared")
            << R"({"a":"x"})" << R"({})" << R"({"a":"y"})" << R"({})" << QStringList{"a"}
            << false;
        QTest::newRow("new field only on client")
            << R"({})" << R"({})" << R"({"n":"v"})" << R"({"n":"v"})" << QStringList{} << true;
        QTest::newRow("unknown base: every difference conflicts")
            << R"(null)" << R"({"a":1})" << R"({"a":2})" << R"({"a":1})" << QStringList{"a"}
            << false;
        QTest::newRow("arrays compared whole")
            << R"({"l":[1,2]})" << R"({"l":[1,2]})" << R"({"l":[1,3]})" << R"({"l":[1,3]})"
            << QStringList{} << true;
    }
    void merge() {
        QFETCH(QString, base);
        QFETCH(QString, server);
        QFETCH(QString, client);
        QFETCH(QString, merged);
        QFETCH(QStringList, conflicts);
        QFETCH(bool, changed);
        const auto r = survey::sync::mergeFields(json::parse(base.toStdString()),
                                                 json::parse(server.toStdString()),
                                                 json::parse(client.toStdString()));
        QCOMPARE(QString::fromStdString(r.merged.dump()),
                 QString::fromStdString(json::parse(merged.toStdString()).dump()));
        QStringList got;
        for (const auto& c : r.conflicts)
            got << QString::fromStdString(c.field);
        QCOMPARE(got, conflicts);
        QCOMPARE(r.changed, changed);
    }

    void conflictKeepsBothValues() {
        const auto r = survey::sync::mergeFields(json{{"a", 1}}, json{{"a", 2}}, json{{"a", 3}});
        QCOMPARE(r.conflicts.size(), size_t(1));
        QCOMPARE(r.conflicts[0].base, json(1));
        QCOMPARE(r.conflicts[0].server, json(2));
        QCOMPARE(r.conflicts[0].client, json(3));
    }
};

QTEST_APPLESS_MAIN(TestMerge)
#include "test_merge.moc"
