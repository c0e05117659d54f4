#pragma once

// What a user reads on a window: every visible text of every visible
// widget (labels, buttons, group boxes, tab titles, header sections and
// cells of item views, tool tips, placeholders, menus, status bar), each
// with where it was found, and the checks of issue #19 points 9 and 10 on
// them: a text that bypassed translation, a text cut by its widget.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QTreeView>

#include <functional>

namespace firebreak::i18ntest {

inline const QString kOpen = QStringLiteral("⟦");
inline const QString kClose = QStringLiteral("⟧");

// The pseudo-locale: every string looked up through tr()/translate(),
// Qt's own included, comes back wrapped in ⟦…⟧. A visible text with
// letters outside any marker did not go through the translator.
class PseudoTranslator : public QTranslator {
public:
    QString translate(const char *, const char *source, const char * = nullptr, int = -1) const override
    {
        if (!source || !*source)
            return {};
        return kOpen + QString::fromUtf8(source) + kClose;
    }
    bool isEmpty() const override { return false; }
};

struct Seen {
    QString where; // "Response › stepTitleLabel (QLabel)"
    QString text;
};

inline QString plain(const QString &text)
{
    if (Qt::mightBeRichText(text))
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

// A label with a buddy shows "&Title:" as "Title:".
inline QString shownText(const QLabel *l)
{
    QString t = l->text();
    if (l->buddy())
        t.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
            .remove(QLatin1Char('&'))
            .replace(QChar(1), QLatin1Char('&'));
    return t;
}

inline QString nameOf(const QObject *o)
{
    return QStringLiteral("%1 (%2)").arg(o->objectName().isEmpty() ? QStringLiteral("unnamed") : o->objectName(),
                                         QLatin1String(o->metaObject()->className()));
}

// Rows of an item model, depth first, at most `limit` of them.
inline void walkModel(const QAbstractItemModel *m, const QModelIndex &parent, const QString &where,
                      const std::function<bool(int)> &columnShown, QList<Seen> &out, int &budget)
{
    for (int r = 0; r < m->rowCount(parent) && budget > 0; ++r, --budget) {
        for (int c = 0; c < m->columnCount(parent); ++c) {
            if (!columnShown(c))
                continue;
            const QModelIndex i = m->index(r, c, parent);
            const QString cell = QStringLiteral("%1 cell %2,%3").arg(where).arg(r).arg(c);
            out << Seen{cell, i.data(Qt::DisplayRole).toString()};
            out << Seen{cell + QStringLiteral(" tool tip"), plain(i.data(Qt::ToolTipRole).toString())};
            if (c == 0 && m->hasChildren(i))
                walkModel(m, i, where, columnShown, out, budget);
        }
    }
}

inline QList<Seen> visibleTexts(QWidget *window)
{
    QList<Seen> out;
    out << Seen{QStringLiteral("window title"), window->windowTitle()};
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QString where = nameOf(w);
        out << Seen{where + QStringLiteral(" tool tip"), plain(w->toolTip())};
        if (auto *l = qobject_cast<QLabel *>(w))
            out << Seen{where, plain(shownText(l))};
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << Seen{where, QString(b->text()).remove(QLatin1Char('&'))};
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out << Seen{where, g->title()};
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out << Seen{where + QStringLiteral(" placeholder"), e->placeholderText()};
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            out << Seen{where, combo->currentText()};
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                out << Seen{where + QStringLiteral(" tab"), QString(t->tabText(i)).remove(QLatin1Char('&'))};
                out << Seen{where + QStringLiteral(" tab tool tip"), plain(t->tabToolTip(i))};
            }
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model() && !qobject_cast<QHeaderView *>(w)) {
            const QAbstractItemModel *m = v->model();
            auto *table = qobject_cast<QTableView *>(v);
            QHeaderView *header = table ? table->horizontalHeader() : nullptr;
            if (auto *tree = qobject_cast<QTreeView *>(v))
                header = tree->header();
            auto shown = [header](int c) { return !header || !header->isSectionHidden(c); };
            if (header && header->isVisible())
                for (int c = 0; c < m->columnCount(); ++c)
                    if (shown(c))
                        out << Seen{where + QStringLiteral(" header"),
                                    m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()};
            int budget = 60;
            walkModel(m, QModelIndex(), where, shown, out, budget);
        }
        for (QAction *a : w->actions())
            if (a->isVisible() && !a->isSeparator())
                out << Seen{where + QStringLiteral(" action ") + a->objectName(),
                            QString(a->text()).remove(QLatin1Char('&'))};
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        out << Seen{QStringLiteral("status bar message"), main->statusBar()->currentMessage()};
        for (QAction *menu : main->menuBar()->actions()) {
            out << Seen{QStringLiteral("menu"), QString(menu->text()).remove(QLatin1Char('&'))};
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (!a->isSeparator())
                        out << Seen{QStringLiteral("menu action ") + a->objectName(),
                                    QString(a->text()).remove(QLatin1Char('&'))};
        }
    }
    return out;
}

// What is left of a text once the translated parts and the data are
// taken out. Data is principled, not a list of strings that happened to
// fail: what the store holds as people's words (`data`), and the shapes
// of identifiers, hashes, addresses, paths, numbers, dates and zones.
class Leftover {
public:
    explicit Leftover(QStringList data)
    {
        // Longest first, so "Claire Dubois" goes before "Claire".
        std::sort(data.begin(), data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        m_data = data;
        const QLocale l;
        QStringList names;
        for (int i = 1; i <= 7; ++i)
            names << l.dayName(i, QLocale::ShortFormat) << l.dayName(i, QLocale::LongFormat);
        for (int i = 1; i <= 12; ++i)
            names << l.monthName(i, QLocale::ShortFormat) << l.monthName(i, QLocale::LongFormat);
        names << l.amText() << l.pmText();
        names.removeAll(QString());
        for (QString &n : names)
            n = QRegularExpression::escape(n);
        m_calendar = QRegularExpression(QStringLiteral("(?<!\\w)(%1)(?!\\w)").arg(names.join(QLatin1Char('|'))));
    }

    QString operator()(QString text) const
    {
        // A stored record shown raw (the audit details pane's JSON) is data.
        if (text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}')))
            return {};
        // A text elided by its widget lost its closing markers with its end.
        if (text.endsWith(QStringLiteral("…")))
            text += QString(kClose).repeated(std::max<qsizetype>(0, text.count(kOpen) - text.count(kClose)));
        // Innermost markers first: a translated text may carry translated arguments.
        // A shortcut in a tool tip: "(⟦Ctrl⟧⟦+⟧N)" — the key is a key, not words.
        static const QRegularExpression key(QStringLiteral("⟦\\+⟧(F?[0-9]+|[A-Z])\\b"));
        text.replace(key, QStringLiteral(" "));
        static const QRegularExpression marked(QStringLiteral("⟦[^⟦⟧]*(⟧|…$)"));
        for (qsizetype before = -1; before != text.size();) {
            before = text.size();
            text.replace(marked, QStringLiteral(" "));
        }
        // Paths first: a path holds data ("…/E-001.dd") that must not split it.
        static const QRegularExpression path(QStringLiteral("(^|\\s)[~.]?/[^\\s]*"));
        text.replace(path, QStringLiteral(" "));
        for (const QString &d : m_data)
            if (text.contains(d))
                text.replace(d, QStringLiteral(" "));
        static const QList<QRegularExpression> shapes = {
            QRegularExpression(QStringLiteral("(^|\\s)[~.]?/[^\\s]*")),                     // paths
            QRegularExpression(QStringLiteral("\\b(INC|E|C)-[0-9A-Za-z-]+\\b")),            // incident, evidence ids
            QRegularExpression(QStringLiteral("\\b[0-9a-fA-F]{8,}\\b")),                    // hashes, key ids
            QRegularExpression(QStringLiteral("\\b(MD5|SHA-1|SHA-256|SHA-512)\\b")),        // hash algorithms
            QRegularExpression(QStringLiteral("\\b([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}\\b")), // MAC
            QRegularExpression(QStringLiteral("\\b[A-Za-z]+/[A-Za-z_]+\\b")),               // Europe/Paris
            QRegularExpression(QStringLiteral("\\b(UTC|GMT|[A-Z]{2,4}T)([+-]\\d{1,2}(:\\d\\d)?)?\\b")), // zones
            QRegularExpression(QStringLiteral("\\S+@\\S+")),                                            // e-mail
            QRegularExpression(QStringLiteral("\\b[a-z0-9-]+(\\.[a-z0-9-]+)+\\b")),                     // host names
        };
        for (const QRegularExpression &re : shapes)
            text.replace(re, QStringLiteral(" "));
        text.replace(m_calendar, QStringLiteral(" "));
        return text;
    }
    static bool hasLetters(const QString &s)
    {
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
    }

private:
    QStringList m_data;
    QRegularExpression m_calendar;
};

// ---- Point 10: text cut by its widget ---------------------------------

inline int widestLine(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

// Each visible label, button, check box and header section whose text
// does not fit the room it has, as "where: text (needs N px, has M)".
inline QStringList cutTexts(QWidget *window)
{
    QStringList out;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        // A widget scrolled out of sight is not cut, but one squeezed by its layout is.
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (l->text().isEmpty() || !l->pixmap().isNull())
                continue;
            const QRect r = l->contentsRect().adjusted(l->margin(), l->margin(), -l->margin(), -l->margin());
            const int indent = l->indent() > 0 ? l->indent() : 0;
            if (l->wordWrap() || Qt::mightBeRichText(l->text())) {
                // Wrapped or rich text: the lines it needs at its width must fit its height.
                QTextDocument doc;
                doc.setDefaultFont(l->font());
                doc.setDocumentMargin(0);
                if (Qt::mightBeRichText(l->text()) && l->textFormat() != Qt::PlainText)
                    doc.setHtml(l->text());
                else
                    doc.setPlainText(l->text());
                doc.setTextWidth(l->wordWrap() ? r.width() - indent : -1);
                const QSizeF need = doc.size();
                if (!l->wordWrap() && doc.idealWidth() > r.width() - indent + 1)
                    out << QStringLiteral("%1: “%2” needs %3 px wide, has %4")
                               .arg(nameOf(l), plain(l->text()).left(80))
                               .arg(qCeil(doc.idealWidth()))
                               .arg(r.width());
                else if (need.height() > r.height() + 2)
                    out << QStringLiteral("%1: “%2” needs %3 px high, has %4")
                               .arg(nameOf(l), plain(l->text()).left(80))
                               .arg(qCeil(need.height()))
                               .arg(r.height());
                continue;
            }
            const int need = widestLine(l->fontMetrics(), shownText(l)) + indent;
            if (need > r.width())
                out << QStringLiteral("%1: “%2” needs %3 px, has %4")
                           .arg(nameOf(l), shownText(l).left(80))
                           .arg(need)
                           .arg(r.width());
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (b->text().isEmpty() || qobject_cast<QTabBar *>(b->parentWidget()))
                continue;
            // A button's size hint is its text and icon with the style's padding.
            if (b->width() < b->sizeHint().width())
                out << QStringLiteral("%1: “%2” needs %3 px, has %4")
                           .arg(nameOf(b), QString(b->text()).remove(QLatin1Char('&')))
                           .arg(b->sizeHint().width())
                           .arg(b->width());
        } else if (auto *e = qobject_cast<QLineEdit *>(w);
                   e && e->text().isEmpty() && !e->placeholderText().isEmpty()) {
            // An empty field's placeholder is elided by the field: it is the field's instructions.
            const int frame = e->hasFrame() ? e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, e) : 0;
            const QMargins m = e->textMargins();
            const int room = e->width() - 2 * frame - 4 - m.left() - m.right();
            const int need = e->fontMetrics().horizontalAdvance(e->placeholderText());
            if (need > room)
                out << QStringLiteral("%1: placeholder “%2” needs %3 px, has %4")
                           .arg(nameOf(e), e->placeholderText())
                           .arg(need)
                           .arg(room);
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            const int pad = t->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, t);
            for (int i = 0; i < t->count(); ++i) {
                const QString text = QString(t->tabText(i)).remove(QLatin1Char('&'));
                const int need = t->fontMetrics().horizontalAdvance(text) + pad;
                if (t->isTabVisible(i) && t->tabRect(i).width() < need)
                    out << QStringLiteral("%1: tab “%2” needs %3 px, has %4")
                               .arg(nameOf(t), text)
                               .arg(need)
                               .arg(t->tabRect(i).width());
            }
        } else if (auto *h = qobject_cast<QHeaderView *>(w); h && h->orientation() == Qt::Horizontal && h->model()) {
            const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
            for (int c = 0; c < h->count(); ++c) {
                if (h->isSectionHidden(c))
                    continue;
                const QString text = h->model()->headerData(c, Qt::Horizontal).toString();
                if (text.isEmpty())
                    continue;
                int need = widestLine(h->fontMetrics(), text) + 2 * margin;
                if (h->isSortIndicatorShown() && h->sortIndicatorSection() == c)
                    need += h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h) + margin;
                if (need > h->sectionSize(c))
                    out << QStringLiteral("%1: column “%2” needs %3 px, has %4")
                               .arg(nameOf(h->parentWidget() ? h->parentWidget() : h), text)
                               .arg(need)
                               .arg(h->sectionSize(c));
            }
        }
    }
    return out;
}

} // namespace firebreak::i18ntest
