#include "StoreErrorPage.h"

#include "Palette.h"
#include "StoreNames.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
// The server was reached but named no such database or login (libpq's
// words, as the server sends them in English by default).
bool missing(const Error &error, const char *what)
{
    return error.kind == Error::Kind::Failed && error.message.contains(QLatin1String(what)) &&
           error.message.contains(QLatin1String("does not exist"));
}

QString headlineFor(const Error &error, bool team)
{
    if (team && missing(error, "database \""))
        return QCoreApplication::translate("StoreErrorPage", "The team store's database does not exist");
    if (team && missing(error, "role \""))
        return QCoreApplication::translate("StoreErrorPage", "The team store does not know this database login");
    if (team) {
        switch (error.kind) {
        case Error::Kind::Credentials:
            // The model says "refused" once a password was tried.
            return error.message.contains(QLatin1String("refused"))
                       ? QCoreApplication::translate("StoreErrorPage", "The team store refused the password")
                       : QCoreApplication::translate("StoreErrorPage", "The team store needs your password");
        case Error::Kind::Forbidden:
            return QCoreApplication::translate("StoreErrorPage", "Your database login may not use this team store");
        case Error::Kind::Corrupt:
            return QCoreApplication::translate("StoreErrorPage", "This database is not a usable Firebreak case store");
        case Error::Kind::TooNew:
            return QCoreApplication::translate("StoreErrorPage", "This team store was written by a newer Firebreak");
        case Error::Kind::Usage:
            return QCoreApplication::translate("StoreErrorPage", "This team store address cannot be used");
        default: return QCoreApplication::translate("StoreErrorPage", "The team store could not be reached");
        }
    }
    switch (error.kind) {
    case Error::Kind::Corrupt:
        return QCoreApplication::translate("StoreErrorPage", "This file is not a usable Firebreak case store");
    case Error::Kind::TooNew:
        return QCoreApplication::translate("StoreErrorPage", "This case store was written by a newer Firebreak");
    case Error::Kind::Locked:
        return QCoreApplication::translate("StoreErrorPage", "The case store is locked by another program");
    case Error::Kind::NotFound: return QCoreApplication::translate("StoreErrorPage", "The case store was not found");
    default: return QCoreApplication::translate("StoreErrorPage", "The case store could not be opened");
    }
}

// What to check next, for the failures someone can do something about.
QString hintFor(const Error &error, bool team)
{
    if (team && (missing(error, "database \"") || missing(error, "role \"")))
        return QCoreApplication::translate("StoreErrorPage", "The server answered: check the database name and the "
                                                             "login in the address with the team store's "
                                                             "administrator. Nothing was changed.");
    if (!team)
        return error.kind == Error::Kind::Locked
                   ? QCoreApplication::translate("StoreErrorPage", "Close the other program, then Try again.")
                   : QString();
    switch (error.kind) {
    case Error::Kind::Credentials:
        return QCoreApplication::translate(
            "StoreErrorPage",
            "Try again to enter it, or ask the team store's administrator to check your login. The password "
            "can also live in ~/.pgpass (mode 0600), which Firebreak reads.");
    case Error::Kind::Forbidden:
        return QCoreApplication::translate(
            "StoreErrorPage",
            "Ask the team store's administrator to grant your login a Firebreak role (commander, responder "
            "or observer).");
    case Error::Kind::Failed:
    case Error::Kind::NotFound:
    case Error::Kind::Locked:
        return QCoreApplication::translate(
            "StoreErrorPage",
            "Check the network or VPN, the server's name, port and database, and that the server is running; "
            "then Try again. Nothing was changed. If it stays down, keep working in a case file on this "
            "computer (New case store…) and move it to the team store later with "
            "firebreak-cli store migrate.");
    default: return {};
    }
}
} // namespace

StoreErrorPage::StoreErrorPage(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_path(new QLabel(this)), m_reason(new QLabel(this)),
      m_hint(new QLabel(this)), m_retry(new QPushButton(tr("&Try again"), this)),
      m_open(new QPushButton(tr("Open case store…"), this)), m_new(new QPushButton(tr("New case store…"), this)),
      m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("storeErrorPage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));

    m_headline->setObjectName(QStringLiteral("storeErrorHeadline"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);

    m_path->setObjectName(QStringLiteral("storeErrorPath"));
    m_path->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("storeErrorReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(QStringLiteral("storeErrorHint"));
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, palette::muted(muted));
    m_hint->setPalette(muted);

    m_retry->setObjectName(QStringLiteral("retryStoreButton"));
    m_open->setObjectName(QStringLiteral("openStoreButton"));
    m_new->setObjectName(QStringLiteral("newStoreButton"));
    m_back->setObjectName(QStringLiteral("backToStoreButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    buttons->addWidget(m_back);
    buttons->addStretch(1);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(m_headline);
    text->addWidget(m_path);
    text->addWidget(m_reason);
    text->addWidget(m_hint);
    text->addSpacing(8);
    text->addLayout(buttons);

    auto *body = new QHBoxLayout;
    body->setSpacing(18);
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    // A fixed-width card: word-wrapped labels only get their full height
    // when the layout knows the width up front.
    auto *card = new QWidget(this);
    card->setFixedWidth(720);
    card->setLayout(body);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_retry, &QPushButton::clicked, this, &StoreErrorPage::retryRequested);
    connect(m_open, &QPushButton::clicked, this, &StoreErrorPage::openRequested);
    connect(m_new, &QPushButton::clicked, this, &StoreErrorPage::newRequested);
    connect(m_back, &QPushButton::clicked, this, &StoreErrorPage::backRequested);
}

void StoreErrorPage::showError(const QString &spec, const Error &error, const QString &previousStore)
{
    const bool team = isTeamStore(spec);
    m_headline->setText(headlineFor(error, team));
    m_path->setText(storeDisplayName(spec));
    m_reason->setText(error.message);
    const QString hint = hintFor(error, team);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    // Retrying is the first thing to do about a server that was down or a
    // password that was mistyped; a foreign file will not change by itself.
    const bool retry = team ? error.kind != Error::Kind::Usage : error.kind == Error::Kind::Locked;
    m_retry->setVisible(retry);
    m_retry->setDefault(retry);
    m_open->setDefault(!retry);
    m_back->setText(tr("Back to %1").arg(storeShortName(previousStore)));
    m_back->setToolTip(previousStore);
    m_back->setVisible(!previousStore.isEmpty());
}

QString StoreErrorPage::headline() const
{
    return m_headline->text();
}
QString StoreErrorPage::reason() const
{
    return m_reason->text();
}
QString StoreErrorPage::path() const
{
    return m_path->text();
}

} // namespace firebreak::ui
