#include "Playbook.h"

#include "../JsonValidator.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace firebreak {

QStringList knownRecordKinds()
{
    return {QStringLiteral("systems-listed"), QStringLiteral("classification"),    QStringLiteral("systems-isolated"),
            QStringLiteral("contact-logged"), QStringLiteral("evidence-acquired"), QStringLiteral("service-restored"),
            QStringLiteral("verification"),   QStringLiteral("root-cause"),        QStringLiteral("notification-sent"),
            QStringLiteral("report")};
}

QStringList stepLinkKinds()
{
    return {QStringLiteral("classification"), QStringLiteral("root-cause"), QStringLiteral("service-restored"),
            QStringLiteral("verification"), QStringLiteral("disk-image")};
}

const Playbook *PlaybookSet::find(const QString &id) const
{
    for (const Playbook &p : playbooks)
        if (p.id == id)
            return &p;
    return nullptr;
}

namespace playbooks {

namespace {

const QRegularExpression &idShape()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

Result<StepTemplate> parseStep(const JsonValidator &v, const QJsonValue &value, Phase phase, const QString &path)
{
    if (!value.isObject())
        return v.fail(path, QStringLiteral("a step must be an object"));
    const QJsonObject o = value.toObject();
    StepTemplate s;
    s.id = o.value(QStringLiteral("id")).toString();
    if (auto e = v.onlyKeys(o,
                            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("guidance"),
                             QStringLiteral("checklist"), QStringLiteral("owner"), QStringLiteral("mandatory"),
                             QStringLiteral("records"), QStringLiteral("completed_by")},
                            path, s.id))
        return *e;
    if (!idShape().match(s.id).hasMatch())
        return v.fail(path + QStringLiteral(".id"), QStringLiteral("needs a lowercase word id like \"contain\""), s.id);
    s.phase = phase;
    s.title = o.value(QStringLiteral("title")).toString().trimmed();
    s.guidance = o.value(QStringLiteral("guidance")).toString().trimmed();
    s.owner = o.value(QStringLiteral("owner")).toString().trimmed();
    if (s.title.isEmpty())
        return v.fail(path + QStringLiteral(".title"), QStringLiteral("is required text"), s.id);
    if (o.contains(QStringLiteral("mandatory")) && !o.value(QStringLiteral("mandatory")).isBool())
        return v.fail(path + QStringLiteral(".mandatory"), QStringLiteral("must be true or false"), s.id);
    s.mandatory = o.value(QStringLiteral("mandatory")).toBool(false);
    auto checklist = v.stringList(o.value(QStringLiteral("checklist")), path + QStringLiteral(".checklist"), s.id);
    if (!checklist)
        return checklist.error();
    s.checklist = *checklist;
    s.records = o.value(QStringLiteral("records")).toString();
    if (!s.records.isEmpty() && !knownRecordKinds().contains(s.records))
        return v.fail(
            path + QStringLiteral(".records"),
            QStringLiteral("\"%1\" is not one of %2").arg(s.records, knownRecordKinds().join(QStringLiteral(", "))),
            s.id);
    const QJsonValue link = o.value(QStringLiteral("completed_by"));
    if (!link.isUndefined() && (!link.isString() || !stepLinkKinds().contains(link.toString())))
        return v.fail(path + QStringLiteral(".completed_by"),
                      QStringLiteral("\"%1\" is not one of %2")
                          .arg(link.isString() ? link.toString() : QStringLiteral("(not text)"),
                               stepLinkKinds().join(QStringLiteral(", "))),
                      s.id);
    s.completedBy = link.toString();
    return s;
}

} // namespace

Result<Playbook> parse(const QString &file, const QByteArray &json)
{
    const JsonValidator v(file, json);
    auto top = v.parseObject();
    if (!top)
        return top.error();
    if (auto e = v.onlyKeys(
            *top,
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("phases")},
            QStringLiteral("(top)")))
        return *e;
    Playbook p;
    p.id = top->value(QStringLiteral("id")).toString();
    p.title = top->value(QStringLiteral("title")).toString().trimmed();
    p.description = top->value(QStringLiteral("description")).toString().trimmed();
    p.file = file;
    if (!idShape().match(p.id).hasMatch())
        return v.fail(QStringLiteral("id"), QStringLiteral("needs a lowercase word id like \"ransomware\""));
    if (p.title.isEmpty())
        return v.fail(QStringLiteral("title"), QStringLiteral("is required text"));
    const QJsonObject phases = top->value(QStringLiteral("phases")).toObject();
    QStringList phaseKeys;
    for (Phase ph : allPhases())
        phaseKeys << phaseKey(ph);
    if (auto e = v.onlyKeys(phases, phaseKeys, QStringLiteral("phases")))
        return *e;
    QSet<QString> ids;
    for (Phase ph : allPhases()) {
        const QJsonValue list = phases.value(phaseKey(ph));
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            return v.fail(QStringLiteral("phases.%1").arg(phaseKey(ph)), QStringLiteral("must be a list of steps"));
        int i = 0;
        for (const QJsonValue &sv : list.toArray()) {
            auto step = parseStep(v, sv, ph, QStringLiteral("phases.%1[%2]").arg(phaseKey(ph)).arg(i++));
            if (!step)
                return step.error();
            if (ids.contains(step->id))
                return v.fail(QStringLiteral("phases.%1").arg(phaseKey(ph)),
                              QStringLiteral("step id \"%1\" is used twice").arg(step->id), step->id);
            ids.insert(step->id);
            p.steps << *step;
        }
    }
    if (p.steps.isEmpty())
        return v.fail(QStringLiteral("phases"), QStringLiteral("a playbook needs at least one step"));
    return p;
}

QString userDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("playbooks"));
}

PlaybookSet load(const QStringList &extraDirs)
{
    PlaybookSet set;
    for (const QString &dir : QStringList{QStringLiteral(":/playbooks")} + extraDirs) {
        const QDir d(dir);
        for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString path = d.filePath(name);
            const Result<QByteArray> raw = readDataFile(path);
            if (!raw) {
                set.problems << raw.error().message;
                continue;
            }
            auto p = parse(path, *raw);
            if (!p) {
                set.problems << p.error().message;
            } else if (const Playbook *prior = set.find(p->id)) {
                set.problems << QStringLiteral("%1:1: playbook id \"%2\" is already defined in %3; ignored")
                                    .arg(path, p->id, prior->file);
            } else {
                set.playbooks << *p;
            }
        }
    }
    return set;
}

} // namespace playbooks

} // namespace firebreak
