#pragma once

#include "model/Clock.h"
#include "model/Result.h"

namespace firebreak::ui::demo {

// Creates `dir`/demo-cases.sqlite and fills it with a realistic example
// incident (a ransomware attack on a file server holding payroll data)
// through the real services, so every screen of the workbench has content:
// people, systems, steps done and skipped, isolation and recovery records,
// a personal-data breach with its clocks running, an evidence item hashed
// from a small generated file, a law-enforcement contact, timeline notes
// and a root-cause analysis. Instants are relative to `clock`'s now, so the
// clocks are always mid-flight. Returns the store's path.
Result<QString> createDemoStore(const QString &dir, const Clock &clock);

} // namespace firebreak::ui::demo
