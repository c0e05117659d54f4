#pragma once

#include "model/Incident.h"

#include <QWidget>

namespace firebreak::ui {

// The severity chip of the list, as a standalone widget for headers.
class SeverityChip : public QWidget {
    Q_OBJECT
public:
    explicit SeverityChip(QWidget *parent = nullptr);

    void setSeverity(Severity s);
    Severity severity() const { return m_severity; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Severity m_severity = Severity::Medium;
};

} // namespace firebreak::ui
