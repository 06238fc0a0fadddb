// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Survey

// The window and the navigation between pages. Pages only emit what the user chose;
// which page follows is decided here.
ApplicationWindow {
    id: window

    // Tablets run full screen; on a desktop the window starts at most tablet-sized.
    width: Math.min(Screen.desktopAvailableWidth, 1280)
    height: Math.min(Screen.desktopAvailableHeight, 1280)
    visible: true
    title: qsTr("House Survey")
    font.pixelSize: SvTheme.fontBody

    Material.theme: Material.Light
    Material.primary: SvTheme.primary
    Material.accent: SvTheme.primary
    Material.background: SvTheme.background

    // Development hook for screenshots (see app/screenshot.cpp): opens `name` directly.
    function showPage(name, projectId, householdId, partId) {
        if (name === "login") {
            stack.replace(null, loginPage, {}, StackView.Immediate);
            return;
        }
        stack.replace(null, projectsPage, {}, StackView.Immediate);
        if (name === "projects")
            return;
        Session.openProject(projectId);
        stack.push(householdsPage, {}, StackView.Immediate);
        if (name === "household" || name === "members" || name.startsWith("item")) {
            const form = stack.push(householdPage, { householdId: householdId }, StackView.Immediate);
            if (name === "members")
                form.memberSection.dialog.openMember(form.memberSection.members.data(
                    form.memberSection.members.index(0, 0), Qt.UserRole + 1));
            else if (name === "items")
                Qt.callLater(form.scrollTo, form.itemSection);
            else if (name === "item")
                form.itemSection.dialog.openItem(form.itemSection.items.data(
                    form.itemSection.items.index(0, 0), Qt.UserRole + 1));
            else if (name === "item-new")
                form.itemSection.dialog.openNew("decoration");
        } else if (name === "review" || name === "signature") {
            const review = stack.push(reviewPage, { householdId: householdId }, StackView.Immediate);
            if (name === "signature")
                stack.push(signaturePage, { householdId: householdId, role: "head",
                                            signerName: review.review.headName,
                                            shortHash: review.review.shortHash }, StackView.Immediate);
        }
        else if (name === "photos" || name === "photo-viewer") {
            const photos = stack.push(photoPage, { householdId: householdId }, StackView.Immediate);
            if (name === "photo-viewer")
                Qt.callLater(photos.viewer.show, 0); // once the page is in the window
        } else if (name === "building" || name === "part") {
            const page = stack.push(buildingPage, { householdId: householdId }, StackView.Immediate);
            if (name === "part")
                page.editPart(partId);
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: Session.loggedIn || Session.projectId.length > 0 ? projectsPage : loginPage
    }

    Connections {
        target: Session
        function onLoginRequired() {
            if (!(stack.currentItem instanceof LoginPage))
                stack.push(loginPage, { returnAfterLogin: true });
        }
    }

    Component {
        id: loginPage
        LoginPage {
            property bool returnAfterLogin: false
            function leave() {
                if (returnAfterLogin)
                    stack.pop();
                else
                    stack.replace(null, projectsPage);
            }
            onLoggedIn: leave()
            onOfflineChosen: leave()
        }
    }
    Component {
        id: projectsPage
        ProjectsPage {
            onProjectOpened: stack.push(householdsPage)
            onLoginRequested: stack.push(loginPage, { returnAfterLogin: true })
        }
    }
    Component {
        id: householdsPage
        HouseholdListPage {
            onHouseholdOpened: id => stack.push(householdPage, { householdId: id })
            onHouseholdAdded: stack.push(householdPage)
        }
    }
    Component {
        id: householdPage
        HouseholdFormPage {
            onMeasureRequested: id => stack.push(buildingPage, { householdId: id })
            onReviewRequested: id => stack.push(reviewPage, { householdId: id })
            onPhotosRequested: id => stack.push(photoPage, { householdId: id })
        }
    }
    Component {
        id: photoPage
        PhotoPage {}
    }
    Component {
        id: buildingPage
        BuildingPage {}
    }
    Component {
        id: reviewPage
        FormReviewPage {
            onSignRequested: (id, role, signerName) => stack.push(signaturePage, {
                householdId: id, role: role, signerName: signerName, shortHash: review.shortHash })
        }
    }
    Component {
        id: signaturePage
        SignaturePage {}
    }
}
