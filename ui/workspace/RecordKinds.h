#pragma once

#include <QString>

namespace firebreak::ui::records {

// Wording for what a playbook step asks to be recorded (Playbook.h's
// knownRecordKinds()), and the button that records it.

// "each system isolated, how, and how that was verified"
QString need(const QString &kind);
// Object name of the step-detail button that records `kind`, or empty.
QString buttonName(const QString &kind);

} // namespace firebreak::ui::records

namespace firebreak::ui {
struct WorkspaceContext;
}

namespace firebreak::ui::records {

// What the incident has recorded so far for `kind`, in words ("2 systems
// isolated: fs01, dc02"). `any` says whether anything was recorded;
// failures to read are returned as text naming what failed.
QString recordedSoFar(const WorkspaceContext &ctx, const QString &kind, bool *any);

} // namespace firebreak::ui::records
