#include "SettingsDialog.h"

#include "DialogChrome.h"
#include "Language.h"
#include "ProfileForm.h"
#include "model/clocks/AlertPolicy.h"
#include "ui/clocks/ClockAlerter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
const QString kThresholdsKey = QStringLiteral("alerts/thresholds");
constexpr int kLogoPreviewHeight = 40;

QString thresholdsText(const QSettings &s)
{
    return s.value(kThresholdsKey, ClockAlerter::defaultThresholds()).toStringList().join(QStringLiteral(", "));
}
} // namespace

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_before(ExaminerProfile::load(settings)),
      m_form(new ProfileForm(m_before, this)), m_logo(new QLineEdit(this)), m_logoPreview(new QLabel(this)),
      m_thresholds(new QLineEdit(this)), m_language(new QComboBox(this)), m_error(chrome::errorLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);
    setProperty(chrome::kKeepOnStoreChange, true);

    m_logo->setObjectName(QStringLiteral("logoEdit"));
    m_logo->setText(m_before.logoPath);
    m_logo->setPlaceholderText(tr("PNG or JPEG for the reports (optional)"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("browseLogoButton"));
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedHeight(kLogoPreviewHeight);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *logoLabel = new QLabel(tr("Organisation &logo:"), this);
    logoLabel->setBuddy(m_logo);

    m_thresholds->setObjectName(QStringLiteral("alertThresholdsEdit"));
    m_thresholds->setText(thresholdsText(settings));
    auto *thresholdLabel = new QLabel(tr("Clock &alerts at:"), this);
    thresholdLabel->setBuddy(m_thresholds);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferredLanguage(settings))));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);

    QFormLayout *form = m_form->formLayout();
    form->addRow(logoLabel, logoRow);
    form->addRow(QString(), m_logoPreview);
    form->addRow(thresholdLabel, m_thresholds);
    form->addRow(QString(), chrome::hintLabel(tr("Comma-separated: a share of the time elapsed (75%), a time left "
                                                 "(1h, 30m) or “overdue”. Default: %1.")
                                                  .arg(ClockAlerter::defaultThresholds()),
                                              QStringLiteral("alertThresholdsHint"), this));
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), chrome::hintLabel(tr("A new language applies when Firebreak starts again."),
                                              QStringLiteral("languageHint"), this));

    auto *buttons = chrome::buttonBox(tr("&Save"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseLogo);
    connect(m_logo, &QLineEdit::textChanged, this, &SettingsDialog::showLogoPreview);
    showLogoPreview();
}

QString SettingsDialog::validationProblem() const
{
    if (const QString p = m_form->validationProblem(); !p.isEmpty())
        return p;
    if (const QString logo = m_logo->text().trimmed(); !logo.isEmpty()) {
        QImageReader reader(logo);
        if (!QFileInfo(logo).isFile() || !reader.canRead())
            return tr("The logo %1 cannot be read as an image (%2). Choose a PNG or JPEG file, or leave it empty.")
                .arg(logo, QFileInfo(logo).isFile() ? reader.errorString() : tr("no such file"));
    }
    QStringList bad;
    const QStringList parts = m_thresholds->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (!AlertThreshold::parse(part.trimmed()))
            bad << part.trimmed();
    if (!bad.isEmpty())
        return tr("Clock alerts: “%1” is not understood. Use a share elapsed (75%), a time left (1h, 30m) or "
                  "“overdue”.")
            .arg(bad.join(QStringLiteral("”, “")));
    if (parts.isEmpty())
        return tr("Clock alerts: give at least one threshold (e.g. overdue), or no deadline would ever be announced.");
    return {};
}

void SettingsDialog::accept()
{
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        chrome::showError(m_error, problem);
        return;
    }
    ExaminerProfile p = m_form->profile();
    p.logoPath = m_logo->text().trimmed();
    p.save(m_settings);
    QStringList thresholds;
    for (const QString &part : m_thresholds->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        thresholds << AlertThreshold::parse(part.trimmed())->key();
    m_settings.setValue(kThresholdsKey, thresholds);
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != preferredLanguage(m_settings);
    setPreferredLanguage(m_settings, language);
    m_settings.sync();
    m_examinerChanged = p.examiner != m_before.examiner;
    applyProfileTimeZone(p);
    QDialog::accept();
}

void SettingsDialog::browseLogo()
{
    auto *dialog = new QFileDialog(this, tr("Organisation logo"), QFileInfo(m_logo->text()).absolutePath(),
                                   tr("Images (*.png *.jpg *.jpeg)"));
    dialog->setObjectName(QStringLiteral("logoFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_logo, &QLineEdit::setText);
    dialog->open();
}

void SettingsDialog::showLogoPreview()
{
    const QImage image(m_logo->text().trimmed());
    if (image.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(m_logo->text().trimmed().isEmpty() ? tr("No logo") : tr("Not an image"));
        return;
    }
    m_logoPreview->setPixmap(QPixmap::fromImage(image.scaledToHeight(kLogoPreviewHeight, Qt::SmoothTransformation)));
}

} // namespace firebreak::ui
