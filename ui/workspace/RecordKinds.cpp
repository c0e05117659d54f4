#include "RecordKinds.h"

#include "WorkspaceContext.h"
#include "ui/TimeText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>

namespace firebreak::ui::records {

QString need(const QString &kind)
{
    static const QHash<QString, QString> needs{
        {QStringLiteral("systems-listed"), QCoreApplication::translate("RecordKinds", "the affected systems")},
        {QStringLiteral("classification"),
         QCoreApplication::translate("RecordKinds", "which notification clocks apply, from when")},
        {QStringLiteral("systems-isolated"),
         QCoreApplication::translate("RecordKinds", "each system isolated, how, by whom, and how it was verified")},
        {QStringLiteral("contact-logged"),
         QCoreApplication::translate("RecordKinds", "each contact with the third party")},
        {QStringLiteral("evidence-acquired"),
         QCoreApplication::translate("RecordKinds", "images or files in the evidence register")},
        {QStringLiteral("service-restored"),
         QCoreApplication::translate("RecordKinds", "when service was restored (this ends the outage)")},
        {QStringLiteral("verification"),
         QCoreApplication::translate("RecordKinds", "how the restored systems were verified clean")},
        {QStringLiteral("root-cause"), QCoreApplication::translate("RecordKinds", "the root cause, in the RCA")},
        {QStringLiteral("notification-sent"),
         QCoreApplication::translate("RecordKinds", "each notice sent, against its clock")},
        {QStringLiteral("report"), QCoreApplication::translate("RecordKinds", "the report, once written")},
    };
    return needs.value(kind);
}

QString buttonName(const QString &kind)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("systems-listed"), QStringLiteral("stepAddSystemButton")},
        {QStringLiteral("classification"), QStringLiteral("stepClocksButton")},
        {QStringLiteral("notification-sent"), QStringLiteral("stepClocksButton")},
        {QStringLiteral("systems-isolated"), QStringLiteral("stepRecordIsolationButton")},
        {QStringLiteral("contact-logged"), QStringLiteral("stepLogContactButton")},
        {QStringLiteral("evidence-acquired"), QStringLiteral("acquireImageButton")},
        {QStringLiteral("service-restored"), QStringLiteral("stepRecordRecoveryButton")},
        {QStringLiteral("verification"), QStringLiteral("stepRecordRecoveryButton")},
        {QStringLiteral("root-cause"), QStringLiteral("stepOpenRcaButton")},
    };
    return names.value(kind);
}

} // namespace firebreak::ui::records

namespace firebreak::ui::records {

namespace {
template <typename T> QString names(const QList<T> &list, const std::function<QString(const T &)> &name)
{
    QStringList out;
    for (const T &t : list)
        if (!out.contains(name(t)) && !name(t).isEmpty())
            out << name(t);
    if (out.size() > 4)
        return out.mid(0, 4).join(QStringLiteral(", ")) + QStringLiteral(", …");
    return out.join(QStringLiteral(", "));
}
} // namespace

QString recordedSoFar(const WorkspaceContext &ctx, const QString &kind, bool *any)
{
    *any = false;
    const QString &id = ctx.incidentId;
    if (kind == QLatin1String("systems-listed")) {
        auto list = ctx.store.systems(id);
        if (!list)
            return QCoreApplication::translate("RecordKinds", "Could not read the affected systems: %1")
                .arg(list.error().message);
        *any = !list->isEmpty();
        return *any
                   ? QCoreApplication::translate("RecordKinds", "%n affected system(s): %1", nullptr, int(list->size()))
                         .arg(names<AffectedSystem>(*list, [](const AffectedSystem &s) { return s.hostname; }))
                   : QCoreApplication::translate("RecordKinds", "No affected systems recorded yet.");
    }
    if (kind == QLatin1String("systems-isolated")) {
        auto list = ctx.response.containment(id);
        if (!list)
            return QCoreApplication::translate("RecordKinds", "Could not read the containment actions: %1")
                .arg(list.error().message);
        *any = !list->isEmpty();
        return *any ? QCoreApplication::translate("RecordKinds", "%n containment action(s): %1", nullptr,
                                                  int(list->size()))
                          .arg(names<ContainmentAction>(*list, [](const ContainmentAction &a) { return a.system; }))
                    : QCoreApplication::translate("RecordKinds", "No system isolated yet.");
    }
    if (kind == QLatin1String("contact-logged")) {
        auto list = ctx.response.contacts(id);
        if (!list)
            return QCoreApplication::translate("RecordKinds", "Could not read the contacts log: %1")
                .arg(list.error().message);
        *any = !list->isEmpty();
        const auto le =
            std::count_if(list->cbegin(), list->cend(), [](const ContactEntry &c) { return c.lawEnforcement(); });
        return *any ? QCoreApplication::translate("RecordKinds", "%n contact(s) logged, %1 with law enforcement.",
                                                  nullptr, int(list->size()))
                          .arg(le)
                    : QCoreApplication::translate("RecordKinds", "No contact logged yet.");
    }
    if (kind == QLatin1String("evidence-acquired")) {
        auto list = ctx.store.evidence(id);
        if (!list)
            return QCoreApplication::translate("RecordKinds", "Could not read the evidence register: %1")
                .arg(list.error().message);
        *any = !list->isEmpty();
        return *any ? QCoreApplication::translate("RecordKinds", "%n evidence item(s): %1", nullptr, int(list->size()))
                          .arg(names<EvidenceItem>(*list, [](const EvidenceItem &e) { return e.evidenceNumber; }))
                    : QCoreApplication::translate("RecordKinds", "No evidence registered yet.");
    }
    if (kind == QLatin1String("service-restored") || kind == QLatin1String("verification")) {
        auto list = ctx.response.recovery(id);
        if (!list)
            return QCoreApplication::translate("RecordKinds", "Could not read the recovery actions: %1")
                .arg(list.error().message);
        const QString wanted = kind == QLatin1String("verification") ? QStringLiteral("verified-clean")
                                                                     : QStringLiteral("service-restored");
        QList<RecoveryAction> hits;
        for (const RecoveryAction &a : *list)
            if (a.kind == wanted)
                hits << a;
        *any = !hits.isEmpty();
        if (!*any)
            return wanted == QLatin1String("verified-clean")
                       ? QCoreApplication::translate("RecordKinds", "No verification recorded yet.")
                       : QCoreApplication::translate("RecordKinds", "Service restoration not recorded yet.");
        return wanted == QLatin1String("verified-clean")
                   ? QCoreApplication::translate("RecordKinds", "Verified clean: %1")
                         .arg(names<RecoveryAction>(
                             hits,
                             [](const RecoveryAction &a) { return a.system.isEmpty() ? a.description : a.system; }))
                   : QCoreApplication::translate("RecordKinds", "Service restored at %1.")
                         .arg(timetext::local(hits.first().performedAt));
    }
    if (kind == QLatin1String("root-cause")) {
        auto r = ctx.response.rca(id);
        if (!r)
            return QCoreApplication::translate("RecordKinds", "Could not read the RCA: %1").arg(r.error().message);
        *any = !r->rootCause.trimmed().isEmpty();
        return *any ? QCoreApplication::translate("RecordKinds", "Root cause: %1").arg(r->rootCause.simplified())
                    : QCoreApplication::translate("RecordKinds", "No root cause recorded yet.");
    }
    if (kind == QLatin1String("classification") || kind == QLatin1String("notification-sent"))
        return QCoreApplication::translate("RecordKinds", "Kept with the notification clocks.");
    return {};
}

} // namespace firebreak::ui::records
