#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <optional>

namespace icc {

// What the roster editor's tables (rotations, overrides, chain levels) share:
// they are editable only for someone who may edit the roster, and rows the
// editor found problems in carry them as tooltip and a pale red background
// (the subclass adds a ⚠ marker to the text, so colour is not the only sign).
class RosterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // row -> what is wrong with it.
    void setProblems(const QHash<int, QStringList> &problems);

signals:
    // Text that cannot be a value of its column; nothing was changed.
    void editRefused(const QString &reason);

protected:
    bool hasProblem(int row) const { return m_problems.contains(row); }
    // The tooltip and background of a row with problems; nullopt otherwise.
    std::optional<QVariant> problemDecoration(int row, int role) const;
    // Rows moved or went away: the old row numbers mean nothing now.
    void clearProblems() { m_problems.clear(); }

private:
    QHash<int, QStringList> m_problems;
    bool m_editable = false;
};

} // namespace icc
