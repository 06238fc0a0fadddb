// SPDX-License-Identifier: Apache-2.0
#include "session/session_list_model.h"

#include "session/session.h"

namespace survey::app {

void SessionListModel::setSession(Session* session) {
    if (session == session_)
        return;
    disconnect(recordsConnection_);
    session_ = session;
    if (session_)
        recordsConnection_ =
            connect(session_, &Session::recordsChanged, this, &SessionListModel::refresh);
    emit sessionChanged();
    refresh();
}

void SessionListModel::componentComplete() {
    complete_ = true;
    refresh();
}

void SessionListModel::refresh() {
    if (complete_)
        reload();
}

} // namespace survey::app
