#include "AddSystemDialog.h"

#include "DialogChrome.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
QStringList tokens(const QString &s)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    return s.split(sep, Qt::SkipEmptyParts);
}
} // namespace

bool AddSystemDialog::isHostname(const QString &s)
{
    // RFC 1123 labels; underscores tolerated because Windows names use them.
    static const QRegularExpression re(QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
                                                      "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?$"));
    return re.match(s).hasMatch();
}

bool AddSystemDialog::isIpList(const QString &s)
{
    // QHostAddress also takes inet_aton shorthand ("10.0.0" = 10.0.0.0);
    // on evidence records an IPv4 address is written out in full.
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    for (const QString &t : tokens(s)) {
        QHostAddress a;
        if (!a.setAddress(t))
            return false;
        if (!t.contains(QLatin1Char(':')) && !dotted.match(t).hasMatch())
            return false;
    }
    return true;
}

bool AddSystemDialog::isMacList(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$"));
    for (const QString &t : tokens(s))
        if (!re.match(t).hasMatch())
            return false;
    return true;
}

AddSystemDialog::AddSystemDialog(CaseStore &store, QString incidentId, QWidget *parent)
    : QDialog(parent), m_store(store), m_incidentId(std::move(incidentId)), m_hostname(new QLineEdit(this)),
      m_ip(new QLineEdit(this)), m_mac(new QLineEdit(this)), m_owner(new QLineEdit(this)),
      m_location(new QLineEdit(this)), m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)),
      m_error(chrome::errorLabel(this)), m_buttons(chrome::buttonBox(tr("Add system"), this))
{
    setObjectName(QStringLiteral("addSystemDialog"));
    setWindowTitle(tr("Add affected system to %1").arg(m_incidentId));
    setMinimumWidth(480);

    struct Field {
        QLineEdit *edit;
        const char *name;
        const char *placeholder;
    };
    for (const Field &f :
         {Field{m_hostname, "hostnameEdit", "e.g. fs01.corp.example"},
          Field{m_ip, "ipEdit", "e.g. 10.0.4.17, fe80::1 (several allowed)"},
          Field{m_mac, "macEdit", "e.g. 00:1a:2b:3c:4d:5e"}, Field{m_owner, "ownerEdit", "Team or person responsible"},
          Field{m_location, "locationEdit", "Site, room, rack, cloud region"}}) {
        f.edit->setObjectName(QLatin1String(f.name));
        f.edit->setPlaceholderText(QString::fromUtf8(f.placeholder));
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Hostname:"), m_hostname);
    form->addRow(tr("&IP address:"), m_ip);
    form->addRow(tr("&MAC address:"), m_mac);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Location:"), m_location);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSystemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddSystemDialog::reject);
    for (QLineEdit *e : {m_hostname, m_ip, m_mac})
        connect(e, &QLineEdit::textChanged, this, &AddSystemDialog::revalidate);
    revalidate();
    m_hostname->setFocus();
}

QString AddSystemDialog::validationProblem() const
{
    const QString host = m_hostname->text().trimmed();
    if (host.isEmpty())
        return tr("A hostname is required.");
    if (!isHostname(host))
        return tr("“%1” is not a valid hostname (letters, digits, hyphens and dots).").arg(host);
    if (!isIpList(m_ip->text()))
        return tr("“%1” is not an IPv4/IPv6 address or a list of them.").arg(m_ip->text().trimmed());
    if (!isMacList(m_mac->text()))
        return tr("“%1” is not a MAC address like 00:1a:2b:3c:4d:5e.").arg(m_mac->text().trimmed());
    return {};
}

void AddSystemDialog::revalidate()
{
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void AddSystemDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    AffectedSystem s;
    s.hostname = m_hostname->text().trimmed();
    s.ipAddress = tokens(m_ip->text()).join(QStringLiteral(", "));
    s.macAddress = tokens(m_mac->text()).join(QStringLiteral(", ")).toLower();
    s.owner = m_owner->text().simplified();
    s.location = m_location->text().simplified();
    auto added = m_store.addSystem(m_incidentId, s);
    if (!added) {
        chrome::showError(m_error, tr("The system was not added: %1").arg(added.error().message));
        return;
    }
    emit systemAdded(m_incidentId);
    QDialog::accept();
}

} // namespace firebreak::ui
