#include "Template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace firebreak::documents {

struct Template::Node {
    enum class Kind { Root, Text, Value, Section, Inverted };
    Kind kind = Kind::Root;
    QString text; // literal text, or the name looked up
    int line = 0;
    QList<Node> children;
};

namespace {

using Node = Template::Node;

int lineAt(const QString &text, qsizetype pos)
{
    return int(text.left(pos).count(QLatin1Char('\n'))) + 1;
}

// Context stack, innermost last.
class Scope {
public:
    explicit Scope(const QVariantMap &root) { m_stack.append(QVariant(root)); }
    void push(const QVariant &v) { m_stack.append(v); }
    void pop() { m_stack.removeLast(); }

    // Looks a dotted name up from the innermost context outwards; only
    // the first part walks the stack, the rest descends into maps.
    bool find(const QString &name, QVariant &out) const
    {
        if (name == QLatin1String(".")) {
            out = m_stack.last();
            return true;
        }
        const QStringList parts = name.split(QLatin1Char('.'));
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            const QVariant &ctx = m_stack.at(i);
            if (ctx.typeId() != QMetaType::QVariantMap)
                continue;
            const QVariantMap map = ctx.toMap();
            auto it = map.constFind(parts.first());
            if (it == map.constEnd())
                continue;
            QVariant v = it.value();
            for (qsizetype k = 1; k < parts.size(); ++k) {
                if (v.typeId() != QMetaType::QVariantMap)
                    return false;
                const QVariantMap inner = v.toMap();
                auto jt = inner.constFind(parts.at(k));
                if (jt == inner.constEnd())
                    return false;
                v = jt.value();
            }
            out = v;
            return true;
        }
        return false;
    }

private:
    QVariantList m_stack;
};

bool truthy(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType: return false;
    case QMetaType::Bool: return v.toBool();
    case QMetaType::QVariantList: return !v.toList().isEmpty();
    case QMetaType::QStringList: return !v.toStringList().isEmpty();
    case QMetaType::QVariantMap: return !v.toMap().isEmpty();
    default: return !v.toString().isEmpty();
    }
}

QString escaped(const QVariant &v)
{
    QString s = v.toString().toHtmlEscaped();
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return s;
}

class Renderer {
public:
    Renderer(const QString &name, const QVariantMap &data) : m_name(name), m_scope(data) {}

    Status render(const Node &node, QString &out)
    {
        for (const Node &child : node.children) {
            switch (child.kind) {
            case Node::Kind::Root:
            case Node::Kind::Text: out += child.text; break;
            case Node::Kind::Value: {
                QVariant v;
                if (!m_scope.find(child.text, v))
                    return unknown(child);
                out += escaped(v);
                break;
            }
            case Node::Kind::Section:
            case Node::Kind::Inverted: {
                QVariant v;
                if (!m_scope.find(child.text, v))
                    return unknown(child);
                const bool on = truthy(v);
                if (child.kind == Node::Kind::Inverted) {
                    if (!on)
                        if (Status s = render(child, out); !s)
                            return s;
                    break;
                }
                if (!on)
                    break;
                QVariantList items;
                if (v.typeId() == QMetaType::QVariantList)
                    items = v.toList();
                else if (v.typeId() == QMetaType::QStringList)
                    for (const QString &s : v.toStringList())
                        items << s;
                else
                    items << v;
                for (const QVariant &item : items) {
                    m_scope.push(item);
                    Status s = render(child, out);
                    m_scope.pop();
                    if (!s)
                        return s;
                }
                break;
            }
            }
        }
        return {};
    }

private:
    Status unknown(const Node &n) const
    {
        return Error::failed(QStringLiteral("template %1:%2: unknown field '%3'").arg(m_name).arg(n.line).arg(n.text));
    }

    QString m_name;
    Scope m_scope;
};

} // namespace

Result<Template> Template::parse(const QString &name, const QString &text)
{
    // Parse into a tree with an explicit stack of open sections.
    QList<Node> open{Node{}};
    qsizetype pos = 0;
    auto fail = [&](qsizetype at, const QString &why) {
        return Error::failed(QStringLiteral("template %1:%2: %3").arg(name).arg(lineAt(text, at)).arg(why));
    };
    while (pos < text.size()) {
        const qsizetype start = text.indexOf(QLatin1String("{{"), pos);
        if (start < 0) {
            open.last().children.append(Node{Node::Kind::Text, text.mid(pos), lineAt(text, pos), {}});
            break;
        }
        if (start > pos)
            open.last().children.append(Node{Node::Kind::Text, text.mid(pos, start - pos), lineAt(text, pos), {}});
        const qsizetype end = text.indexOf(QLatin1String("}}"), start + 2);
        if (end < 0)
            return fail(start, QStringLiteral("'{{' without '}}'"));
        const QString tag = text.mid(start + 2, end - start - 2).trimmed();
        const int line = lineAt(text, start);
        pos = end + 2;
        if (tag.isEmpty())
            return fail(start, QStringLiteral("empty tag"));
        const QChar sigil = tag.front();
        const QString word = tag.mid(1).trimmed();
        if (sigil == QLatin1Char('!'))
            continue;
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            if (word.isEmpty())
                return fail(start, QStringLiteral("section without a name"));
            open.append(Node{sigil == QLatin1Char('#') ? Node::Kind::Section : Node::Kind::Inverted, word, line, {}});
            continue;
        }
        if (sigil == QLatin1Char('/')) {
            if (open.size() < 2)
                return fail(start, QStringLiteral("'{{/%1}}' closes nothing").arg(word));
            if (open.last().text != word)
                return fail(start, QStringLiteral("'{{/%1}}' closes '%2' (opened on line %3)")
                                       .arg(word, open.last().text)
                                       .arg(open.last().line));
            Node done = open.takeLast();
            open.last().children.append(std::move(done));
            continue;
        }
        if (sigil == QLatin1Char('{') || sigil == QLatin1Char('&'))
            return fail(start, QStringLiteral("raw HTML insertion is not supported; every value is escaped"));
        open.last().children.append(Node{Node::Kind::Value, tag, line, {}});
    }
    if (open.size() > 1)
        return Error::failed(QStringLiteral("template %1:%2: section '%3' is never closed")
                                 .arg(name)
                                 .arg(open.last().line)
                                 .arg(open.last().text));
    Template t;
    t.m_name = name;
    t.m_root = std::make_shared<const Node>(open.takeFirst());
    return t;
}

Result<QString> Template::render(const QVariantMap &data) const
{
    QString out;
    Renderer r(m_name, data);
    if (Status s = r.render(*m_root, out); !s)
        return s.error();
    return out;
}

Result<QString> loadTemplateText(const QString &fileName, const QString &overrideDir)
{
    // The installed translation names the language of the templates, so
    // documents follow the UI language (and the CLI, which loads none, stays
    // English). A translated set lives in a sub-folder named by the code.
    const QString lang = templateLanguage();
    const QString localized = lang == QLatin1String("en") ? QString() : lang + QLatin1Char('/') + fileName;
    QStringList candidates;
    if (!overrideDir.isEmpty() && !localized.isEmpty())
        candidates << QDir(overrideDir).filePath(localized);
    if (!overrideDir.isEmpty())
        candidates << QDir(overrideDir).filePath(fileName);
    if (!localized.isEmpty())
        candidates << QStringLiteral(":/templates/") + localized;
    candidates << QStringLiteral(":/templates/") + fileName;
    for (const QString &path : candidates) {
        QFile f(path);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly))
            return Error::failed(QStringLiteral("cannot read the template %1: %2").arg(path, f.errorString()));
        return QString::fromUtf8(f.readAll());
    }
    return Error::notFound(
        QStringLiteral("no template named %1 (looked in %2)").arg(fileName, candidates.join(QStringLiteral(", "))));
}

QString templateLanguage()
{
    //: The language code of the document templates: "fr" selects templates/fr/.
    const QString code = QCoreApplication::translate("Template", "en");
    return code.contains(QLatin1Char('/')) || code.isEmpty() ? QStringLiteral("en") : code;
}

QString userTemplateDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates"));
}

} // namespace firebreak::documents
