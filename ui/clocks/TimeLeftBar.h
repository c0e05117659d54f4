#pragma once

#include <QColor>
#include <QWidget>

namespace firebreak::ui {

// A thin bar of the time a clock has left, filled from the left. Painted
// rather than a QProgressBar so the colour (calm, warning, overdue) does
// not depend on the widget style.
class TimeLeftBar : public QWidget {
    Q_OBJECT
public:
    explicit TimeLeftBar(QWidget *parent = nullptr);

    void setFraction(double fractionLeft, const QColor &fill);
    double fraction() const { return m_fraction; }
    QColor fill() const { return m_fill; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_fraction = 1.0;
    QColor m_fill;
};

} // namespace firebreak::ui
