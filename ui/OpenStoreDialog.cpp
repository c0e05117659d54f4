#include "OpenStoreDialog.h"

#include "DialogChrome.h"
#include "Palette.h"
#include "StoreNames.h"

#include "model/StoreLocation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
constexpr int kDefaultPort = 5432;

bool carriesPassword(const QString &text)
{
    const QUrl url(text.trimmed());
    return !url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"));
}

bool isLocalHost(const QString &host)
{
    return host.isEmpty() || host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1") || host.startsWith(QLatin1Char('/'));
}
} // namespace

OpenStoreDialog::OpenStoreDialog(QWidget *parent)
    : QDialog(parent), m_fileRadio(new QRadioButton(tr("Case &file on this computer"), this)),
      m_teamRadio(new QRadioButton(tr("&Team store on a PostgreSQL server"), this)), m_pages(new QStackedWidget(this)),
      m_problem(chrome::hintLabel({}, QStringLiteral("openStoreProblem"), this)),
      m_buttons(chrome::buttonBox(tr("Open"), this))
{
    setObjectName(QStringLiteral("openStoreDialog"));
    setWindowTitle(tr("Open case store"));
    setMinimumWidth(620);
    m_fileRadio->setObjectName(QStringLiteral("fileStoreRadio"));
    m_teamRadio->setObjectName(QStringLiteral("teamStoreRadio"));
    m_fileRadio->setChecked(true);
    m_pages->setObjectName(QStringLiteral("storeKindPages"));
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildTeamPage());
    // A refusal reads as a problem, not as a muted hint.
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, palette::accent());
    m_problem->setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileRadio);
    layout->addWidget(m_teamRadio);
    layout->addSpacing(4);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_teamRadio, &QRadioButton::toggled, this, &OpenStoreDialog::setTeamMode);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenStoreDialog::reject);
    fieldsEdited();
    setTeamMode(false);
}

QWidget *OpenStoreDialog::buildFilePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("filePage"));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("storeFileEdit"));
    m_path->setPlaceholderText(tr("Path of a .sqlite case file"));
    m_browse = new QPushButton(tr("&Browse…"), page);
    m_browse->setObjectName(QStringLiteral("browseStoreButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(chrome::hintLabel(tr("One file, the usual choice: works offline, for the people at this "
                                           "computer. To start a new one, use File ▸ New Case Store…."),
                                        QStringLiteral("storeFileHint"), page));
    layout->addStretch(1);
    connect(m_path, &QLineEdit::textChanged, this, &OpenStoreDialog::revalidate);
    connect(m_browse, &QPushButton::clicked, this, &OpenStoreDialog::browse);
    return page;
}

QWidget *OpenStoreDialog::buildTeamPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("teamPage"));
    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("pgHostEdit"));
    m_host->setPlaceholderText(tr("e.g. ir-db.example.org"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("pgPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("pgDatabaseEdit"));
    m_database->setPlaceholderText(tr("e.g. firebreak"));
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("pgUserEdit"));
    m_user->setPlaceholderText(tr("empty: your login name"));
    m_sslMode = new QComboBox(page);
    m_sslMode->setObjectName(QStringLiteral("pgSslModeCombo"));
    m_sslMode->addItem(tr("prefer — encrypt if the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("require — always encrypt, without checking the server"), QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-ca — encrypt, check the certificate authority"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("verify-full — encrypt, check the server's certificate and name"),
                       QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("disable — no encryption"), QStringLiteral("disable"));
    m_sslHint = chrome::hintLabel({}, QStringLiteral("pgSslHint"), page);
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("pgUrlEdit"));
    m_url->setPlaceholderText(tr("postgresql://login@server:5432/database — or paste one here"));
    m_url->setClearButtonEnabled(true);

    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("&Port:"), page);
    portLabel->setBuddy(m_port);
    server->addWidget(portLabel);
    server->addWidget(m_port);

    auto *serverLabel = new QLabel(tr("&Server:"), page);
    serverLabel->setBuddy(m_host);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(serverLabel, server);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(QString(), m_sslHint);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(QString(), chrome::hintLabel(tr("No password is stored anywhere: Firebreak uses ~/.pgpass if "
                                                 "it holds one, otherwise asks when the server wants it and "
                                                 "forgets it when you quit."),
                                              QStringLiteral("pgPasswordHint"), page));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->addLayout(form);

    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textEdited, this, &OpenStoreDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenStoreDialog::fieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &OpenStoreDialog::fieldsEdited);
    connect(m_url, &QLineEdit::textEdited, this, &OpenStoreDialog::urlEdited);
    return page;
}

QString OpenStoreDialog::buildUrl(const QString &host, int port, const QString &database, const QString &user,
                                  const QString &sslMode, const QStringList &otherOptions)
{
    PostgresTarget t;
    t.host = host.trimmed();
    t.port = port;
    t.database = database.trimmed();
    t.user = user.trimmed();
    if (!sslMode.isEmpty())
        t.options << QStringLiteral("sslmode=") + sslMode;
    t.options << otherOptions;
    return t.display();
}

void OpenStoreDialog::setTeamMode(bool team)
{
    {
        const QSignalBlocker block(m_teamRadio);
        m_teamRadio->setChecked(team);
        m_fileRadio->setChecked(!team);
    }
    m_pages->setCurrentIndex(team ? 1 : 0);
    if (team)
        (m_host->text().isEmpty() ? m_host : m_url)->setFocus();
    else
        m_path->setFocus();
    revalidate();
}

void OpenStoreDialog::fieldsEdited()
{
    m_urlProblem.clear();
    const QSignalBlocker block(m_url);
    const bool blank = m_host->text().trimmed().isEmpty() && m_database->text().trimmed().isEmpty() &&
                       m_user->text().trimmed().isEmpty();
    m_url->setText(blank ? QString()
                         : buildUrl(m_host->text(), m_port->value(), m_database->text(), m_user->text(),
                                    m_sslMode->currentData().toString(), m_otherOptions));
    updateSslHint();
    revalidate();
}

void OpenStoreDialog::urlEdited(const QString &text)
{
    m_urlProblem.clear();
    const QString trimmed = text.trimmed();
    const auto refuse = [this](const QString &why) {
        // The fields show an address only when it is usable: half of one
        // typed or a refused one must not leave a stale server on screen.
        for (QLineEdit *e : {m_host, m_database, m_user})
            e->clear();
        m_otherOptions.clear();
        m_urlProblem = why;
        updateSslHint();
        revalidate();
    };
    if (trimmed.isEmpty()) {
        refuse({});
        return;
    }
    if (carriesPassword(trimmed)) {
        refuse(tr("This address contains a password. Firebreak never keeps a password in an address, a setting "
                  "or a log: remove it (the “:password” after the login) and Firebreak will ask for it when it "
                  "connects, or put it in ~/.pgpass."));
        return;
    }
    if (!isPostgresUrl(trimmed)) {
        refuse(tr("A team store address starts with postgresql://"));
        return;
    }
    const auto target = parsePostgresUrl(trimmed);
    if (!target) {
        refuse(tr("This address cannot be used: %1").arg(target.error().message));
        return;
    }
    // The fields follow the pasted address; options without a field of
    // their own (sslrootcert=...) ride along unchanged.
    const QSignalBlocker blockPort(m_port);
    const QSignalBlocker blockMode(m_sslMode);
    m_host->setText(target->host);
    m_port->setValue(target->port > 0 ? target->port : kDefaultPort);
    m_database->setText(target->database);
    m_user->setText(target->user);
    m_otherOptions.clear();
    QString mode = QStringLiteral("prefer"); // libpq's default when the address names none
    for (const QString &o : target->options) {
        if (o.startsWith(QLatin1String("sslmode=")))
            mode = o.mid(8);
        else
            m_otherOptions << o;
    }
    int index = m_sslMode->findData(mode);
    if (index < 0) { // "allow": valid, rarely wanted, not offered, but kept
        m_sslMode->addItem(mode, mode);
        index = m_sslMode->count() - 1;
    }
    m_sslMode->setCurrentIndex(index);
    updateSslHint();
    revalidate();
}

void OpenStoreDialog::updateSslHint()
{
    const QString mode = m_sslMode->currentData().toString();
    const bool remote = !isLocalHost(m_host->text().trimmed());
    if (mode == QLatin1String("verify-full"))
        m_sslHint->setText(tr("Encrypted, and the server proves who it is. Needs the server's CA certificate in "
                              "~/.postgresql/root.crt (or sslrootcert= in the address)."));
    else if (remote)
        m_sslHint->setText(tr("Across a network, verify-full is recommended: only it proves you reached your own "
                              "server and not an impostor holding your case data."));
    else
        m_sslHint->setText(tr("On this computer any mode will do; across a network, verify-full is recommended."));
    // A remote store without verification deserves more than a muted line.
    QPalette pal = m_sslHint->palette();
    pal.setColor(QPalette::WindowText,
                 remote && mode != QLatin1String("verify-full") && mode != QLatin1String("verify-ca")
                     ? palette::accent()
                     : palette::muted(palette()));
    m_sslHint->setPalette(pal);
}

void OpenStoreDialog::setSpec(const QString &spec)
{
    if (spec.isEmpty())
        return;
    if (firebreak::ui::isTeamStore(spec)) {
        m_url->setText(spec.trimmed());
        urlEdited(spec);
        setTeamMode(true);
    } else {
        m_path->setText(QDir::toNativeSeparators(spec));
        setTeamMode(false);
    }
}

bool OpenStoreDialog::isTeamStore() const
{
    return m_teamRadio->isChecked();
}

QString OpenStoreDialog::spec() const
{
    return isTeamStore() ? m_url->text().trimmed() : QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString OpenStoreDialog::problem() const
{
    if (!isTeamStore()) {
        const QString path = spec();
        if (path.isEmpty())
            return tr("Choose a case file.");
        if (!QFileInfo(path).isFile())
            return tr("There is no case file at %1. To start a new one, use File ▸ New Case Store….")
                .arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!m_urlProblem.isEmpty())
        return m_urlProblem;
    if (m_url->text().trimmed().isEmpty())
        return tr("Fill in the server and the database, or paste the address your team uses.");
    return {};
}

void OpenStoreDialog::revalidate()
{
    const QString why = problem();
    // Nothing typed yet is not a mistake: Open stays disabled, quietly.
    const bool said = !why.isEmpty() && !spec().isEmpty();
    m_problem->setText(said ? why : QString());
    m_problem->setVisible(said);
    chrome::okButton(m_buttons)->setEnabled(why.isEmpty());
    // Grow (never shrink) to fit a longer message, so no line is cut.
    if (isVisible()) {
        layout()->activate();
        const int wanted =
            layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
        if (wanted > height())
            resize(width(), wanted);
    }
}

void OpenStoreDialog::browse()
{
    const QString current = spec();
    const QString dir = !isTeamStore() && !current.isEmpty() ? QFileInfo(current).absolutePath()
                        : m_fileDirectory.isEmpty()          ? QDir::homePath()
                                                             : m_fileDirectory;
    auto *dialog =
        new QFileDialog(this, tr("Open case file"), dir, tr("Firebreak case stores (*.sqlite *.db);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openStoreFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_path->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void OpenStoreDialog::accept()
{
    revalidate();
    if (!problem().isEmpty())
        return;
    emit storeChosen(spec());
    QDialog::accept();
}

QInputDialog *passwordPrompt(const QString &storeAddress, const QString &login, int attempt, int maxAttempts,
                             QWidget *parent)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("storePasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("OpenStoreDialog", "Team store password"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    const QString who = login.isEmpty() ? QCoreApplication::translate("OpenStoreDialog", "your login name") : login;
    QStringList lines;
    if (attempt > 1)
        lines << QCoreApplication::translate("OpenStoreDialog", "The server refused that password (try %1 of %2).")
                     .arg(attempt)
                     .arg(maxAttempts)
              << QString();
    lines << QCoreApplication::translate("OpenStoreDialog", "Team store: %1").arg(storeShortName(storeAddress))
          << QCoreApplication::translate("OpenStoreDialog", "Address: %1").arg(storeAddress) << QString()
          << QCoreApplication::translate("OpenStoreDialog", "Password of database login “%1”:").arg(who);
    dialog->setLabelText(lines.join(QLatin1Char('\n')));
    dialog->setToolTip(QCoreApplication::translate("OpenStoreDialog", "It stays in memory until you quit and is "
                                                                      "never saved."));
    dialog->setOkButtonText(QCoreApplication::translate("OpenStoreDialog", "Connect"));
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        edit->setObjectName(QStringLiteral("storePasswordEdit"));
        edit->setPlaceholderText(QCoreApplication::translate("OpenStoreDialog", "kept in memory until you quit, "
                                                                                "never saved"));
    }
    // The dialog sizes itself to its layout: the width goes on the label.
    if (auto *label = dialog->findChild<QLabel *>()) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(520);
    }
    return dialog;
}

} // namespace firebreak::ui
