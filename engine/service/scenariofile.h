// Reading and writing what-if scenario files (JSON, core/whatif/scenario.h). The files are a few
// hundred bytes, so these run where they are called; anything larger than kMaxBytes is refused
// before it is read. Errors name the file and, for bad content, the line and the problem.
//
//   Result<Scenario> s = readScenarioFile(path);   // "north.json:7: unknown policy \"fast\""
//   Status saved = writeScenarioFile(path, scenario);
#pragma once

#include "core/status.h"
#include "core/whatif/scenario.h"

#include <QString>

namespace greenlight {

inline constexpr qint64 kMaxScenarioFileBytes = 1 << 20;

Result<Scenario> readScenarioFile(const QString& path);
// Atomic: the old file stays intact if writing fails.
Status writeScenarioFile(const QString& path, const Scenario& scenario);

} // namespace greenlight
