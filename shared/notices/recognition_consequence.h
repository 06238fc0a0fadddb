// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace survey::notices {

/// What a 认定 result means for compensation under Art. 24 (2) of the regulation: legal
/// and unexpired temporary buildings are compensated, illegal and expired temporary
/// buildings are not.
struct RecognitionConsequence {
    /// Whether the building is compensated; Undecided until there is a decision.
    enum class Compensation { Yes, No, Undecided } compensation;
    /// The 补偿意见 as a table prints it: 予以补偿, 不予补偿, 已拆除，不予补偿, 尚未认定.
    std::string_view opinion;
    /// One sentence for the household, containing the opinion. It cites the regulation as
    /// 《条例》, the short name the recognition notice introduces.
    std::string_view explanation;
};

/// The consequence of a recognition status code (households::recognitionCodes()). An
/// unknown code is not guessed at: it reads as 待核实.
RecognitionConsequence recognitionConsequence(std::string_view statusCode);

} // namespace survey::notices
