// SPDX-License-Identifier: Apache-2.0
// Who is logged in, for views that show actions only to the roles the server allows them.
export const session = {user: null};

const role = () => session.user?.role;

/** True when the user may review, resolve conflicts and issue (the server checks again). */
export const canReview = () => ['reviewer', 'admin'].includes(role());

/** True when the user records 认定 decisions: a department, or an admin correcting one. */
export const canRecordRecognition = () => ['department', 'admin'].includes(role());

/** True for a recognition department (认定部门), which only reads households and decides 认定. */
export const isDepartment = () => role() === 'department';
