#include "AboutDialog.h"

#include "forensics/ewf/EwfWriter.h"
#include "forensics/hash/Digest.h"
#include "model/StoreLocation.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

QStringList AboutDialog::libraryVersions()
{
    const auto sqlite = sqliteLibraryVersion();
    return {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())), digestLibraryVersion(),
            sqlite ? QStringLiteral("SQLite %1").arg(*sqlite) : tr("SQLite: unknown (%1)").arg(sqlite.error().message),
            QStringLiteral("libewf %1").arg(QString::fromLatin1(ewfLibraryVersion()))};
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutBox"));
    setWindowTitle(tr("About Firebreak"));

    auto *title = new QLabel(tr("<b>Firebreak %1</b>").arg(QStringLiteral(FIREBREAK_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *blurb = new QLabel(tr("Offline workbench for security incident response: guided procedure, forensic "
                                "imaging, notification clocks and a tamper-evident audit trail."),
                             this);
    blurb->setObjectName(QStringLiteral("aboutBlurb"));
    blurb->setWordWrap(true);

    const QStringList versions = libraryVersions();
    auto *libs = new QLabel(versions.join(QLatin1Char('\n')), this);
    libs->setObjectName(QStringLiteral("libraryVersions"));
    libs->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    libs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    auto *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionsButton"));
    connect(copy, &QPushButton::clicked, this, [versions] {
        QApplication::clipboard()->setText(
            tr("Firebreak %1\n%2\n").arg(QStringLiteral(FIREBREAK_VERSION), versions.join(QLatin1Char('\n'))));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Libraries in use:"), this));
    layout->addWidget(libs);
    layout->addWidget(buttons);
}

} // namespace firebreak::ui
