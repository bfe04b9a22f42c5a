#pragma once
// The role file a competency matrix becomes (docs/content-format.md,
// "Spreadsheets"): a section per category, a technical_skill item per
// competency with the matrix's cells as its level texts, and an assessment
// whose scale is "Not yet" plus one level per level column, with one target per
// level column.
#include <string>

#include "core/role/competency_matrix.hpp"

namespace rex::core {

struct MatrixRoleNames {
  std::string id;     // lower-case kebab case
  std::string title;  // not empty
};

// The role file as JSON text (role-explorer/role@1, two-space indents, a final
// newline). `matrix` must come from ReadCompetencyMatrix without errors.
std::string WriteMatrixRole(const CompetencyMatrix& matrix, const MatrixRoleNames& names);

// Index into matrix.levels of the target a new assessment starts with: the last
// level column, the top of the matrix (docs/content-format.md says why).
std::size_t DefaultTargetLevel(const CompetencyMatrix& matrix);

}  // namespace rex::core
