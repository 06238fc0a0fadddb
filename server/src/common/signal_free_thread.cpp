// SPDX-License-Identifier: Apache-2.0
#include "common/signal_free_thread.h"

#include <pthread.h>

namespace survey::server {

AllSignalsBlocked::AllSignalsBlocked() {
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &previous_);
}

AllSignalsBlocked::~AllSignalsBlocked() {
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

} // namespace survey::server
