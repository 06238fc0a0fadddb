// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string>

namespace survey::server {

/// `count` bytes from OpenSSL's CSPRNG; throws when the generator fails, because a
/// predictable token or salt is worse than no service.
std::string secureRandomBytes(std::size_t count);

/// A random RFC 4122 version-4 UUID in lower-case text form, the id of server-made rows.
std::string newUuid();

} // namespace survey::server
