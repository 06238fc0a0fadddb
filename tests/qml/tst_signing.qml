// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// 调查结果确认: the signature pad keeps normalised vector strokes (same hash after a
// re-layout, restored from its draft after a restart), a signature binds to the form's
// content hash, a later edit of a measured part voids it, and a refusal is recorded only
// with a witness's signature.
TestCase {
    id: testCase

    name: "Signing"
    width: 1280
    height: 800
    when: windowShown
    visible: true // TestCase hides itself by default; pages need effective visibility

    Component {
        id: padComponent
        SignaturePad {
            width: 400
            height: 200
            session: Session
        }
    }
    Component {
        id: householdComponent
        HouseholdEditor { session: Session }
    }
    Component {
        id: buildingComponent
        BuildingEditor { session: Session }
    }
    Component {
        id: partComponent
        PartEditor { session: Session }
    }
    Component {
        id: reviewComponent
        FormReview { session: Session }
    }
    Component {
        id: recorderComponent
        SignatureRecorder { session: Session }
    }
    Component {
        id: reviewPageComponent
        FormReviewPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function scribble(pad) {
        mousePress(pad, pad.width * 0.1, pad.height * 0.5);
        mouseMove(pad, pad.width * 0.3, pad.height * 0.3);
        mouseMove(pad, pad.width * 0.5, pad.height * 0.6);
        mouseRelease(pad, pad.width * 0.7, pad.height * 0.4);
        mousePress(pad, pad.width * 0.8, pad.height * 0.2);
        mouseRelease(pad, pad.width * 0.8, pad.height * 0.7);
    }

    function newHousehold(name) {
        const household = createTemporaryObject(householdComponent, testCase);
        household.headName = name;
        verify(household.save(), household.saveError);
        return household;
    }

    function test_strokes_hash_survives_a_relayout() {
        const pad = createTemporaryObject(padComponent, testCase, { draftKey: "relayout" });
        verify(pad.empty);
        scribble(pad);
        compare(pad.strokeCount, 2);
        const hash = pad.strokesSha256;
        verify(/^[0-9a-f]{64}$/.test(hash), hash);
        // A tablet turned to portrait: the same strokes, rescaled.
        pad.width = 200;
        pad.height = 400;
        compare(pad.strokesSha256, hash);
        compare(pad.strokeCount, 2);
        pad.undo();
        verify(pad.strokesSha256 !== hash);
        pad.clear();
        verify(pad.empty);
    }

    function test_draft_is_restored_after_a_restart() {
        let pad = createTemporaryObject(padComponent, testCase, { draftKey: "restart" });
        scribble(pad);
        const hash = pad.strokesSha256;
        pad.destroy();
        wait(0);
        // A new pad (the app started again) with the same key finds the signature as left.
        pad = createTemporaryObject(padComponent, testCase, { draftKey: "restart" });
        compare(pad.strokeCount, 2);
        compare(pad.strokesSha256, hash);
        const other = createTemporaryObject(padComponent, testCase, { draftKey: "another" });
        verify(other.empty);
        pad.clear();
        const cleared = createTemporaryObject(padComponent, testCase, { draftKey: "restart" });
        verify(cleared.empty);
    }

    function test_signature_binds_to_the_form_and_a_part_edit_voids_it() {
        const household = newHousehold("张三");
        const building = createTemporaryObject(buildingComponent, testCase, { householdId: household.householdId });
        verify(building.ensureSaved(), building.saveError);
        const part = createTemporaryObject(partComponent, testCase, { buildingId: building.buildingId });
        part.startNew(1);
        part.kind = "room";
        part.widthText = "4.2";
        part.depthText = "3.6";
        part.heightText = "2.9";
        verify(part.save(), part.saveError);

        const review = createTemporaryObject(reviewComponent, testCase, { householdId: household.householdId });
        const formHash = review.contentHash;
        verify(/^[0-9a-f]{64}$/.test(formHash), formHash);
        const recorder = createTemporaryObject(recorderComponent, testCase, { householdId: household.householdId });
        const pad = createTemporaryObject(padComponent, testCase, { draftKey: household.householdId + "/head" });

        verify(!recorder.sign("head", "张三", pad), "an empty pad is no signature");
        compare(recorder.error, "Sign on the pad first.");
        scribble(pad);
        verify(recorder.sign("head", "张三", pad), recorder.error);
        verify(pad.empty, "the pad is cleared after signing");
        compare(review.signatures.length, 1);
        compare(review.signatures[0].signedHash, formHash);
        compare(review.signatures[0].stale, false);
        compare(review.status, "signed");
        verify(review.headSigned);

        // 4.2 m → 4.3 m changes an area on the form: the signature no longer confirms it.
        part.widthText = "4.3";
        verify(part.save(), part.saveError);
        verify(review.contentHash !== formHash);
        compare(review.signatures[0].stale, true);
        verify(!review.headSigned);
    }

    function test_refusal_needs_a_witness() {
        const household = newHousehold("李四");
        const page = createTemporaryObject(reviewPageComponent, testCase, { householdId: household.householdId });
        const dialog = page.refusalDialog;
        dialog.open();
        tryCompare(dialog, "opened", true);
        dialog.kind = "refused";
        dialog.reason = "户主不同意测量结果，拒绝签字";
        dialog.witnessName = "社区干部 王五";
        const record = findChild(dialog.footer, "recordRefusal");
        mouseClick(record);
        compare(page.recorder.error, "A witness must sign before the refusal is recorded.");
        verify(dialog.opened, "without the witness's signature nothing is recorded");
        compare(page.review.status, "in_progress");
        compare(page.review.signatures.length, 0);

        scribble(dialog.witnessPad);
        mouseClick(record);
        tryCompare(dialog, "opened", false);
        compare(page.review.status, "refused");
        compare(page.review.signatures.length, 1);
        compare(page.review.signatures[0].role, "witness");
        compare(page.review.signatures[0].signerName, "社区干部 王五");
        compare(page.review.signatures[0].stale, false, "the witness signed the form with the reason on it");
        household.householdId = "";
        household.householdId = page.householdId;
        verify(household.notes.indexOf("拒签：户主不同意测量结果，拒绝签字") >= 0, household.notes);
    }
}
