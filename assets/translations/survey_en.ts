<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BuildingPage</name>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s), total %1 m²</source>
        <translation>
            <numerusform>%n part, total %1 m²</numerusform>
            <numerusform>%n parts, total %1 m²</numerusform>
        </translation>
    </message>
    <message>
        <source>Add part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part measured yet. Add rooms, balconies and other parts floor by floor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormReviewPage</name>
    <message>
        <source>Confirm survey results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same digits begin the digest in the footer of every page. A signature confirms exactly this content; any later change voids it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head has signed; sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused / not reachable…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdFormPage</name>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building-unit-room, e.g. 3-2-301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and actual use differ: both are recorded; photograph the actual use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building and measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household first, then measure its building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the office should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and sign the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message numerus="yes">
        <source>%1 · %n household(s)</source>
        <translation>
            <numerusform>%1 · %n household</numerusform>
            <numerusform>%1 · %n households</numerusform>
        </translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household yet. Add the first one with the + button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits, with X allowed as the last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 6 digits are not a valid region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a valid date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Boundary wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paved yard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Septic tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wooden floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wooden door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aluminium window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security grille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen cabinets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Expropriation of houses on state-owned land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey and measure door to door. Everything is saved on this tablet and synced when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hex digits, as printed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: only a server with this certificate is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned yet: enter the fingerprint the office gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Work offline with the %n project(s) on this tablet</source>
        <translation>
            <numerusform>Work offline with the project on this tablet</numerusform>
            <numerusform>Work offline with the %n projects on this tablet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>House Survey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Minimum living allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living alone (elderly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera on this device: import photos from files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each photo is stamped with the time, the position and the household code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo of this household yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoSubject</name>
    <message>
        <source>Whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, floor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no longer on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <source>±? m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the project list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the projects saved on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to sync</source>
        <translation>
            <numerusform>%n to sync</numerusform>
            <numerusform>%n to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is assigned to you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project on this tablet yet. Log in to download your projects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>Sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the house survey registration form of this household (content digest %1) and confirm that it records what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureRecorder</name>
    <message>
        <source>The household is not on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvBuildingForm</name>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors above ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (has title certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area difference beyond tolerance, to be reviewed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference to certificate: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvComboField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvHouseholdFilterBar</name>
    <message>
        <source>Search code, head of household or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvHouseholdRow</name>
    <message>
        <source>(no head yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted</source>
        <translation>
            <numerusform>%n not accepted</numerusform>
            <numerusform>%n not accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to sync</source>
        <translation>
            <numerusform>%n to sync</numerusform>
            <numerusform>%n to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvItemDialog</name>
    <message>
        <source>Edit decoration item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ancillary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decoration item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ancillary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ancillary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ceramic, 800 × 800 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. brick, 2.0 m high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvItemSection</name>
    <message>
        <source>Ancillary items and decoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ancillary items or decoration recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household first, then add its ancillary items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ancillary items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ancillary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decoration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvLanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvMemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvMemberSection</name>
    <message>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household first, then add its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvPageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvPartDialog</name>
    <message>
        <source>Edit part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storey height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sill height above floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width, second reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if measured twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth, second reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor area %1 m = %2 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon (L-shaped, irregular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Floor area of the outline (%n corner(s)) = %1 m²</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvPartRow</name>
    <message>
        <source>Area differs from the current rule: open and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvPhotoTile</name>
    <message>
        <source>On server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvPhotoViewer</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvPolygonEntry</name>
    <message>
        <source>Corners in order around the room; x and y from the first corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner %1 · x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner %1 · y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove corner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add corner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvPositionBadge</name>
    <message>
        <source>GPS replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvPositionField</name>
    <message>
        <source>Entrance position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record position again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvRefusalDialog</name>
    <message>
        <source>Refused or not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, as observed (recorded in the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disinterested third party, e.g. a notary or community officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness signs here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record with witness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvSignatureList</name>
    <message>
        <source>No signatures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void (content changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvSignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n stroke</numerusform>
            <numerusform>%n strokes</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvSyncButton</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvSyncProblemSection</name>
    <message>
        <source>Sync problems to settle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep office value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this login. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not use the survey app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not assigned to this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is approved and locked until the office returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server computes a different area: this app uses an outdated rule version. Update the app before syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same fields; both versions are kept for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this project or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network and the server address; your work stays on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// servers are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Is this the survey server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint. Do not continue; ask the office for the correct fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::BuildingEditor</name>
    <message>
        <source>Whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 2 decimals, as on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter square metres, e.g. 86.42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m² (tolerance ±%2 m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::FormReview</name>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::HouseholdEditor</name>
    <message>
        <source>Enter the household code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 is already used in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::ItemEditor</name>
    <message>
        <source>Enter the name or choose one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 3 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::MemberEditor</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::PartEditor</name>
    <message>
        <source>Must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter metres, e.g. 3.45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 3 decimals (whole millimetres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 1000 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number from 1 (−1 for a basement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter width and depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the clear height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the storey height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sill height above the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings differ by %1 mm, more than the %2 mm allowed: measure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of two readings: %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part&apos;s shape cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outline needs at least 3 corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outline has at most %1 corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter x and y of every corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline crosses itself: check the order of the corners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::PartListModel</name>
    <message numerus="yes">
        <source>polygon, %n corner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>survey::app::PhotoListModel</name>
    <message>
        <source>±%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::PhotoTaker</name>
    <message>
        <source>Open a household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household before adding photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::PositionStatus</name>
    <message>
        <source>Position usable: %1, taken %2 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new position for %1 (the project allows %2 s). Go outdoors and wait for a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver does not say how accurate this position is, so it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy %1 is worse than the project&apos;s %2 m. Move away from walls and wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet has no position source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded position log cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location access is denied. Allow it in the system settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location is switched off. Turn it on in the system settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position source failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a satellite fix. Stay outdoors with a clear view of the sky.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::Session</name>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must look like https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server certificate&apos;s SHA-256 fingerprint (64 hex digits) as printed by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to sync. Your changes are kept on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::SignatureRecorder</name>
    <message>
        <source>The household is not on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign on the pad first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown signer role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown refusal kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A witness must sign before the refusal is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::SyncProblemListModel</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ancillary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured lengths (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline corners (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storey height (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::app::SyncStatus</name>
    <message>
        <source>Uploading changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey::device::SyncEngine</name>
    <message>
        <source>Unknown project; fetch the project list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer for every change sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s change cursor did not advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 changes sent, %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes were not accepted and need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photos uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept a photo&apos;s bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a photo file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photo files are missing on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photos were refused: the server has no record of them that you may change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
