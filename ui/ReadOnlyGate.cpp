#include "ReadOnlyGate.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace firebreak::ui::readonly {

namespace {

const char kWrites[] = "firebreakWrites";
// What the control's panel last asked for (setEnabled), while the gate holds it.
const char kWanted[] = "firebreakWantedEnabled";
const char kOwnToolTip[] = "firebreakOwnToolTip";

class Gate : public QObject {
public:
    bool active = false;
    QString why;

    void hold(QWidget *w)
    {
        // The widget's own request, not isEnabled(): a disabled parent
        // does not change what the panel wants for it.
        if (!w->property(kWanted).isValid())
            w->setProperty(kWanted, !w->testAttribute(Qt::WA_ForceDisabled));
        if (!w->property(kOwnToolTip).isValid())
            w->setProperty(kOwnToolTip, w->toolTip());
        m_forcing = true;
        w->setToolTip(why);
        w->setEnabled(false);
        m_forcing = false;
    }

    void release(QWidget *w)
    {
        const QVariant wanted = w->property(kWanted);
        const QVariant tip = w->property(kOwnToolTip);
        w->setProperty(kWanted, QVariant());
        w->setProperty(kOwnToolTip, QVariant());
        if (tip.isValid())
            w->setToolTip(tip.toString());
        if (wanted.isValid())
            w->setEnabled(wanted.toBool());
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        // A panel enabling a held control (its selection changed, say):
        // note the wish, keep it disabled.
        if (event->type() == QEvent::EnabledChange && active && !m_forcing) {
            auto *w = qobject_cast<QWidget *>(object);
            if (w && !w->testAttribute(Qt::WA_ForceDisabled)) {
                w->setProperty(kWanted, true);
                hold(w);
            }
        }
        // A panel explaining its own state ("blocked until …"): that text
        // comes back on release; the reason shown now is the read-only one.
        if (event->type() == QEvent::ToolTipChange && active && !m_forcing) {
            auto *w = qobject_cast<QWidget *>(object);
            if (w && w->toolTip() != why) {
                w->setProperty(kOwnToolTip, w->toolTip());
                m_forcing = true;
                w->setToolTip(why);
                m_forcing = false;
            }
        }
        return QObject::eventFilter(object, event);
    }

private:
    bool m_forcing = false;
};

Gate &gate()
{
    static Gate g;
    return g;
}

} // namespace

void markWrites(QWidget *control)
{
    if (!control || control->property(kWrites).toBool())
        return;
    control->setProperty(kWrites, true);
    control->installEventFilter(&gate());
    if (gate().active)
        gate().hold(control);
}

void setActive(bool readOnly, const QString &why)
{
    Gate &g = gate();
    const bool changed = readOnly != g.active || (readOnly && why != g.why);
    g.active = readOnly;
    g.why = why;
    if (!changed)
        return;
    const QWidgetList all = QApplication::allWidgets();
    for (QWidget *w : all) {
        if (!w->property(kWrites).toBool())
            continue;
        if (readOnly)
            g.hold(w);
        else
            g.release(w);
    }
}

bool isActive()
{
    return gate().active;
}

} // namespace firebreak::ui::readonly
