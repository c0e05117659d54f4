#pragma once

#include "model/Result.h"

#include <QString>
#include <QVariantMap>

#include <memory>

namespace firebreak::documents {

// A small Mustache subset, enough for document templates that people edit
// without touching code:
//
//   {{name}} {{a.b}}          value, HTML-escaped; line breaks become <br/>
//   {{#name}} … {{/name}}     a list: once per item (a map, or a string as {{.}});
//                             a true / non-empty value: once
//   {{^name}} … {{/name}}     only when the value is false, empty or an empty list
//   {{! comment }}
//
// There is deliberately no way to insert raw HTML: every value that comes
// from an incident is escaped. A name the data does not provide is an
// error naming the template and line, so a typo in an edited template
// shows up instead of printing a blank.
class Template {
public:
    static Result<Template> parse(const QString &name, const QString &text);

    Result<QString> render(const QVariantMap &data) const;
    QString name() const { return m_name; }

    struct Node;

private:
    QString m_name;
    std::shared_ptr<const Node> m_root;
};

// Loads a template by file name: from `overrideDir` when it holds that
// file (so wording and branding change without a rebuild), else from the
// shipped ":/templates"; a translated copy in a language sub-folder wins.
Result<QString> loadTemplateText(const QString &fileName, const QString &overrideDir = {});

// The language of the documents: "en", or the code the installed translation
// gives (e.g. "fr"), whose templates are looked up first in a "fr" sub-folder.
QString templateLanguage();

// The user's folder for template overrides (app data "templates").
QString userTemplateDir();

} // namespace firebreak::documents
