#include "NoticeDraftDialog.h"

#include "BreachFactsForm.h"
#include "ClockText.h"
#include "ui/DialogChrome.h"
#include "ui/ReadOnlyGate.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <utility>

namespace firebreak::ui {

QString NoticeDraftDialog::s_nextSavePath;

void NoticeDraftDialog::setNextSavePath(const QString &path)
{
    s_nextSavePath = path;
}

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}
} // namespace

NoticeDraftDialog::NoticeDraftDialog(CaseStore &store, ClockService &service, const QString &incidentId,
                                     const QString &clockId, QWidget *parent)
    : QDialog(parent), m_store(store), m_service(service), m_incidentId(incidentId), m_clockId(clockId),
      m_facts(new BreachFactsForm(this)),
      m_saveFacts(button(tr("Sa&ve facts"), QStringLiteral("saveFactsButton"), this)), m_subject(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_missing(new QListWidget(this)), m_missingTitle(new QLabel(this)),
      m_regenerate(button(tr("Re&generate draft"), QStringLiteral("regenerateButton"), this)),
      m_copy(button(tr("Cop&y as e-mail"), QStringLiteral("copyButton"), this)),
      m_saveText(button(tr("Save as &text…"), QStringLiteral("saveTextButton"), this)),
      m_close(button(tr("Close"), QStringLiteral("closeButton"), this)), m_status(new QLabel(this)),
      m_error(chrome::errorLabel(this))
{
    readonly::writes(m_saveFacts);
    setObjectName(QStringLiteral("noticeDraftDialog"));
    setSizeGripEnabled(true);
    resize(1100, 720);

    QStringList problems;
    if (auto c = service.clock(incidentId, clockId))
        m_clock = *c;
    else
        problems << c.error().message;
    if (auto inc = store.incident(incidentId))
        m_incident = *inc;
    else
        problems << inc.error().message;
    if (auto facts = service.breachDetails(incidentId))
        m_facts->setDetails(*facts);
    else
        problems << facts.error().message;
    setWindowTitle(
        tr("Draft notice — %1 — %2").arg(m_clock ? clocktext::shortTitle(m_clock->rule) : clockId, incidentId));

    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("draftHeader"));
    header->setWordWrap(true);
    if (m_clock)
        header->setText(QStringLiteral("<b>%1</b> · to %2 · %3")
                            .arg(m_clock->rule.title.toHtmlEscaped(), m_clock->rule.recipient.toHtmlEscaped(),
                                 clocktext::deadlineText(*m_clock).toHtmlEscaped()));

    auto *factsBox = new QGroupBox(tr("Breach facts (GDPR Art. 33(3)) — kept with the incident"), this);
    auto *factsLayout = new QVBoxLayout(factsBox);
    factsLayout->addWidget(m_facts);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveFacts);
    factsLayout->addLayout(saveRow);
    factsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("factsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(factsBox);

    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_body->setObjectName(QStringLiteral("draftEdit"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(mono).fixedPitch()) {
        // Some platforms (offscreen, minimal desktops) answer with a
        // proportional font; ask fontconfig for any monospace one.
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        mono.setFixedPitch(true);
    }
    m_body->setFont(mono);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setTabChangesFocus(true);
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_missing->setMaximumHeight(m_missing->fontMetrics().lineSpacing() * 5 + 8);
    m_missingTitle->setObjectName(QStringLiteral("missingTitle"));

    auto *draftPane = new QWidget(this);
    auto *draftLayout = new QVBoxLayout(draftPane);
    draftLayout->setContentsMargins(0, 0, 0, 0);
    auto *subjectRow = new QHBoxLayout;
    auto *subjectLabel = new QLabel(tr("S&ubject:"), draftPane);
    subjectLabel->setBuddy(m_subject);
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subject, 1);
    draftLayout->addLayout(subjectRow);
    draftLayout->addWidget(m_body, 1);
    auto *missingRow = new QHBoxLayout;
    missingRow->addWidget(m_missingTitle, 1);
    missingRow->addWidget(m_regenerate);
    draftLayout->addLayout(missingRow);
    draftLayout->addWidget(m_missing);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("draftSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(draftPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_status->setObjectName(QStringLiteral("draftStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_saveText);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_facts, &BreachFactsForm::edited, this, &NoticeDraftDialog::factsEdited);
    connect(m_saveFacts, &QPushButton::clicked, this, [this] { (void)saveFacts(); });
    connect(m_regenerate, &QPushButton::clicked, this, [this] {
        m_handEdited = false;
        regenerate();
    });
    connect(m_copy, &QPushButton::clicked, this, &NoticeDraftDialog::copyAsEmail);
    connect(m_saveText, &QPushButton::clicked, this, &NoticeDraftDialog::chooseSavePath);
    connect(m_close, &QPushButton::clicked, this, &NoticeDraftDialog::reject);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_body->toPlainText() != m_generated.body)
            m_handEdited = true;
    });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { m_handEdited = true; });

    if (!problems.isEmpty())
        chrome::showError(m_error, tr("The draft cannot be prepared: %1").arg(problems.join(QLatin1Char('\n'))));
    for (QPushButton *b : {m_saveFacts, m_regenerate, m_copy, m_saveText})
        b->setEnabled(problems.isEmpty());
    m_saveFacts->setEnabled(false);
    regenerate();
    m_facts->setFocus();
}

void NoticeDraftDialog::regenerate()
{
    if (!m_clock || !m_incident)
        return;
    m_generated = draftNotice(*m_clock, *m_incident, m_facts->details(), m_store.clock().nowUtc());
    {
        const QSignalBlocker block(m_body);
        m_body->setPlainText(m_generated.body);
    }
    m_subject->setText(m_generated.subject);
    m_subject->setCursorPosition(0);
    m_missing->clear();
    m_missing->addItems(m_generated.missing);
    m_missing->setVisible(!m_generated.missing.isEmpty());
    m_missingTitle->setText(m_generated.missing.isEmpty()
                                ? tr("Nothing missing: every required item has content. Read it once more "
                                     "before sending.")
                                : tr("Still to complete (%1):").arg(m_generated.missing.size()));
    m_regenerate->setToolTip({});
}

void NoticeDraftDialog::factsEdited()
{
    m_factsDirty = true;
    m_saveFacts->setEnabled(true);
    m_close->setText(tr("Save facts and close"));
    if (!m_handEdited) {
        regenerate();
        return;
    }
    setStatus(tr("The draft has your own edits, so it was not rebuilt. Regenerate draft rebuilds it "
                 "from the facts (your edits are replaced)."));
}

Status NoticeDraftDialog::saveFacts()
{
    const Status st = m_service.saveBreachDetails(m_facts->details());
    if (!st) {
        chrome::showError(m_error, tr("The breach facts of %1 were not saved: %2\nWhat you typed is still "
                                      "here.")
                                       .arg(m_incidentId, st.error().message));
        return st;
    }
    chrome::showError(m_error, {});
    if (auto stored = m_service.breachDetails(m_incidentId))
        m_facts->rebase(*stored);
    m_factsDirty = false;
    m_saveFacts->setEnabled(false);
    m_close->setText(tr("Close"));
    setStatus(tr("Breach facts saved to the case store."));
    emit factsSaved(m_incidentId);
    return {};
}

NoticeDraft NoticeDraftDialog::draft() const
{
    NoticeDraft d = m_generated;
    d.subject = m_subject->text();
    d.body = m_body->toPlainText();
    return d;
}

void NoticeDraftDialog::copyAsEmail()
{
    const NoticeDraft d = draft();
    QGuiApplication::clipboard()->setText(tr("Subject: %1\n\n%2").arg(d.subject, d.body));
    setStatus(tr("Copied subject and body to the clipboard."));
}

Status NoticeDraftDialog::saveText(const QString &path)
{
    const NoticeDraft d = draft();
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        problem = file.errorString();
    else if (file.write(tr("Subject: %1\n\n%2").arg(d.subject, d.body).toUtf8()) < 0 || !file.commit())
        problem = file.errorString();
    if (!problem.isEmpty()) {
        chrome::showError(m_error,
                          tr("The draft was not saved to %1: %2").arg(QDir::toNativeSeparators(path), problem));
        return Error::failed(problem);
    }
    chrome::showError(m_error, {});
    setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

void NoticeDraftDialog::chooseSavePath()
{
    if (!s_nextSavePath.isEmpty()) {
        const QString path = std::exchange(s_nextSavePath, QString());
        (void)saveText(path);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Save the notice draft as text"),
                                   QDir(dir).filePath(QStringLiteral("%1-%2-notice.txt").arg(m_incidentId, m_clockId)),
                                   tr("Text (*.txt)"));
    dialog->setObjectName(QStringLiteral("saveTextFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { (void)saveText(path); });
    dialog->open();
}

void NoticeDraftDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setToolTip(text);
}

void NoticeDraftDialog::reject()
{
    // Typed facts are evidence of the assessment: keep them rather than
    // dropping them on close (the button says so while they are unsaved).
    if (m_factsDirty && !saveFacts())
        return;
    QDialog::reject();
}

} // namespace firebreak::ui
