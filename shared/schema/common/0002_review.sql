-- The reviewer's comment travels with the household, so that a tablet pulling a returned
-- household shows what to fix (domain.md §7: 退回 with comments).
ALTER TABLE households ADD COLUMN review_comment TEXT;
