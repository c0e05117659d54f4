#include "DialogChrome.h"

#include "Palette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace firebreak::ui::chrome {

QLabel *hintLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, palette::muted(pal));
    label->setPalette(pal);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setAutoFillBackground(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::Window, palette::mix(pal.color(QPalette::Base), palette::accent(), 0.16));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    label->setPalette(pal);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QDialogButtonBox *buttonBox(const QString &okText, QWidget *parent)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, parent);
    box->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(okText);
    ok->setDefault(true);
    box->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    return box;
}

QPushButton *okButton(QDialogButtonBox *box) { return box->button(QDialogButtonBox::Ok); }

} // namespace firebreak::ui::chrome
