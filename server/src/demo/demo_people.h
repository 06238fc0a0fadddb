// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <random>
#include <string>

namespace survey::server::demo {

/// A made-up resident with a valid GB 11643 ID number.
struct DemoPerson {
    std::string name, idNumber, phone;
    bool male = true;
    int birthYear = 1970;
};

/// A valid 18-character ID number: region, birth date, a sequence number whose parity
/// gives the sex (odd for men), and the MOD 11-2 check character.
std::string makeIdNumber(std::string_view region6, int yyyymmdd, int sequence, bool male);

/// Makes plausible residents of one neighbourhood from a seeded generator, so that the
/// demo is the same on every run.
class DemoPeople {
  public:
    explicit DemoPeople(std::mt19937& random) : random_(random) {}

    /// A resident born between the two years; the surname is kept when given (a child
    /// takes the head's surname).
    DemoPerson person(int bornFrom, int bornTo, std::optional<bool> male = std::nullopt,
                      std::optional<std::string> surname = std::nullopt);
    /// A mobile number, 11 digits.
    std::string phone();

  private:
    int between(int low, int high);
    std::mt19937& random_;
};

} // namespace survey::server::demo
