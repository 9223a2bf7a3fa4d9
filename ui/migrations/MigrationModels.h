#pragma once
// Table models of the Migrations page: projects, one project's tasks (done checkbox and
// due date editable), its numbers (dates editable) and its contracts. Edits are emitted
// as requests; the page writes them through the repository and reloads.
#include "domain/Migration.h"
#include <QAbstractTableModel>
#include <optional>

namespace centrale::ui {

class MigrationProjectModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Customer, Status, Phase, Progress, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setProjects(QList<MigrationProject> projects);
    const QList<MigrationProject> &projects() const { return m_projects; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_projects.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MigrationProject> m_projects;
};

class MigrationTaskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Done, Phase, Task, Owner, Due, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setTasks(QList<MigrationTask> tasks, const QDate &today);
    const QList<MigrationTask> &tasks() const { return m_tasks; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_tasks.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void doneRequested(qint64 taskId, bool done);
    void dueRequested(qint64 taskId, const QDate &due);

private:
    QList<MigrationTask> m_tasks;
    QDate m_today;
};

class MigrationNumberModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Kind, WishDate, PortingDate, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setNumbers(QList<MigrationNumber> numbers);
    const QList<MigrationNumber> &numbers() const { return m_numbers; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_numbers.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // Only the date of the column edited is set.
    void datesRequested(const QString &digits, std::optional<QDate> wishDate, std::optional<QDate> portingDate);

private:
    QList<MigrationNumber> m_numbers;
};

class MigrationContractModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Provider, Reference, EndDate, Notice, CancelBy, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setContracts(QList<MigrationContract> contracts);
    const QList<MigrationContract> &contracts() const { return m_contracts; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_contracts.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MigrationContract> m_contracts;
};

} // namespace centrale::ui
