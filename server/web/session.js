// SPDX-License-Identifier: Apache-2.0
// Who is logged in, for views that show actions only to the roles the server allows them.
export const session = {user: null};

/** True when the user may review, resolve, decide 认定 and issue (the server checks again). */
export const canReview = () => ['reviewer', 'admin'].includes(session.user?.role);
