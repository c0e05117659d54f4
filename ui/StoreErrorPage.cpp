#include "StoreErrorPage.h"

#include "Palette.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
QString headlineFor(Error::Kind kind)
{
    switch (kind) {
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
} // namespace

StoreErrorPage::StoreErrorPage(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_path(new QLabel(this)), m_reason(new QLabel(this)),
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

    m_open->setObjectName(QStringLiteral("openStoreButton"));
    m_new->setObjectName(QStringLiteral("newStoreButton"));
    m_back->setObjectName(QStringLiteral("backToStoreButton"));
    m_open->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    buttons->addWidget(m_back);
    buttons->addStretch(1);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(m_headline);
    text->addWidget(m_path);
    text->addWidget(m_reason);
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

    connect(m_open, &QPushButton::clicked, this, &StoreErrorPage::openRequested);
    connect(m_new, &QPushButton::clicked, this, &StoreErrorPage::newRequested);
    connect(m_back, &QPushButton::clicked, this, &StoreErrorPage::backRequested);
}

void StoreErrorPage::showError(const QString &path, const Error &error, const QString &previousStore)
{
    m_headline->setText(headlineFor(error.kind));
    m_path->setText(QFileInfo(path).absoluteFilePath());
    m_reason->setText(error.message);
    m_back->setText(tr("Back to %1").arg(QFileInfo(previousStore).fileName()));
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
