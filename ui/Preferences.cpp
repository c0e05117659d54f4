#include "Preferences.h"

#include "model/CaseStore.h"

#include <QCoreApplication>
#include <QSettings>

#include <ctime>

namespace firebreak::ui {

namespace {
const QString kDone = QStringLiteral("profile/welcomeDone");
const QString kExaminer = QStringLiteral("profile/examiner");
const QString kOrganisation = QStringLiteral("profile/organisation");
const QString kTimeZone = QStringLiteral("profile/timeZone");
const QString kEvidenceFolder = QStringLiteral("profile/evidenceFolder");
const QString kAuthority = QStringLiteral("profile/authority");
const QString kLogo = QStringLiteral("profile/logo");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

bool ExaminerProfile::exists(const QSettings &settings)
{
    return settings.value(kDone, false).toBool();
}

ExaminerProfile ExaminerProfile::load(const QSettings &settings)
{
    ExaminerProfile p;
    p.examiner = settings.value(kExaminer).toString();
    p.organisation = settings.value(kOrganisation).toString();
    p.timeZone = settings.value(kTimeZone).toString();
    p.evidenceFolder = settings.value(kEvidenceFolder).toString();
    p.authority = settings.value(kAuthority).toString();
    p.logoPath = settings.value(kLogo).toString();
    return p;
}

void ExaminerProfile::save(QSettings &settings) const
{
    settings.setValue(kExaminer, examiner.trimmed());
    settings.setValue(kOrganisation, organisation.trimmed());
    settings.setValue(kTimeZone, timeZone.trimmed());
    settings.setValue(kEvidenceFolder, evidenceFolder.trimmed());
    settings.setValue(kAuthority, authority.trimmed());
    settings.setValue(kLogo, logoPath.trimmed());
    settings.setValue(kDone, true);
}

void ExaminerProfile::markSeen(QSettings &settings)
{
    settings.setValue(kDone, true);
}

QString preferredLanguage(const QSettings &settings)
{
    return settings.value(kLanguage).toString();
}

void setPreferredLanguage(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(kLanguage);
    else
        settings.setValue(kLanguage, code);
}

ExaminerProfile ExaminerProfile::current()
{
    return load(QSettings());
}

QStringList supervisoryAuthorities()
{
    auto tr = [](const char *s) { return QCoreApplication::translate("firebreak::ui", s); };
    return {tr("CNIL (France)"),
            tr("ICO (United Kingdom)"),
            tr("BfDI or the Land authority (Germany)"),
            tr("AEPD (Spain)"),
            tr("Garante per la protezione dei dati personali (Italy)"),
            tr("Autoriteit Persoonsgegevens (Netherlands)"),
            tr("APD/GBA (Belgium)"),
            tr("CNPD (Luxembourg)"),
            tr("Data Protection Commission (Ireland)"),
            tr("IMY (Sweden)"),
            tr("Datatilsynet (Denmark)"),
            tr("Datatilsynet (Norway)"),
            tr("UODO (Poland)"),
            tr("CNPD (Portugal)"),
            tr("EDÖB/PFPDT (Switzerland)")};
}

void applyProfileTimeZone(const ExaminerProfile &profile)
{
    // Whether TZ came from the user's environment is decided once, before
    // this function ever sets it.
    static const bool tzFromEnvironment = !qEnvironmentVariableIsEmpty("TZ");
    if (tzFromEnvironment || profile.timeZone.isEmpty())
        return;
    qputenv("TZ", profile.timeZone.toUtf8());
    tzset();
}

QString profileActor()
{
    if (!qEnvironmentVariableIsEmpty("FIREBREAK_ACTOR"))
        return defaultActor();
    const QString examiner = ExaminerProfile::current().examiner.trimmed();
    return examiner.isEmpty() ? defaultActor() : examiner;
}

} // namespace firebreak::ui
