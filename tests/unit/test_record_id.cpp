// SPDX-License-Identifier: Apache-2.0
// Record and change ids: version-7 UUIDs, whose order is the order they were made in.
#include "survey/records/record_id.h"
#include "survey/sync/protocol.h"

#include <QtTest>
#include <set>
#include <thread>

using survey::records::newRecordId;
using survey::records::uuidV7;

class TestRecordId : public QObject {
    Q_OBJECT

  private slots:
    // The example of RFC 9562 appendix A.6, byte for byte.
    void matchesTheRfcExample() {
        const std::array<std::uint8_t, 10> random{0x0C, 0xC3, 0x18, 0xC4, 0xDC,
                                                  0x0C, 0x0C, 0x07, 0x39, 0x8F};
        QCOMPARE(uuidV7(0x017F22E279B0, random),
                 std::string("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
    }

    void versionAndVariantBitsWinOverTheRandomBits() {
        std::array<std::uint8_t, 10> ones{};
        ones.fill(0xFF);
        QCOMPARE(uuidV7(0, ones), std::string("00000000-0000-7fff-bfff-ffffffffffff"));
    }

    void newIdsAreValidDistinctAndInTheOrderMade() {
        std::set<std::string> seen;
        std::string previous = newRecordId();
        for (int i = 0; i < 2000; ++i) {
            const std::string id = newRecordId();
            QVERIFY(survey::sync::isValidId(id));
            QCOMPARE(id.size(), std::size_t{36});
            QCOMPARE(id[14], '7');
            QVERIFY(seen.insert(id).second);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        QVERIFY(previous < newRecordId());
    }
};

QTEST_GUILESS_MAIN(TestRecordId)
#include "test_record_id.moc"
