#pragma once

#include <QTableView>

namespace firebreak::ui {

// A table that says what to do when it is empty (UX.md: never a blank
// table). Also sets the dense, row-selecting defaults every Firebreak
// table shares.
class PlaceholderTableView : public QTableView {
    Q_OBJECT
    Q_PROPERTY(QString placeholderText READ placeholderText WRITE setPlaceholderText)
public:
    explicit PlaceholderTableView(QWidget *parent = nullptr);

    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);

    // The text currently painted, or empty when the table has rows.
    QString visiblePlaceholder() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace firebreak::ui
