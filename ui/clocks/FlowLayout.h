#pragma once

#include <QLayout>
#include <QList>

namespace firebreak::ui {

// Lays widgets out left to right and wraps to a new row when the width
// runs out (after Qt's Flow Layout example). Reports height-for-width, so
// a card in a narrow pane grows to fit its wrapped buttons.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override; // the widest single item
    QSize sizeHint() const override;    // everything on one row
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace firebreak::ui
