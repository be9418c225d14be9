import { Button, List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime } from '@/lib/format-date-time';
import { PendingTasksQuery } from '../api/pending-tasks-query';
import { taskRoute } from './task-route';

/** 待办事项 at the top of "my records": each unfinished task with a button to it; nothing when none. */
export function PendingTasksCard() {
  const { t, i18n } = useTranslation('selfcheck');
  const { t: tr } = useTranslation('record');
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: PendingTasksQuery, requestPolicy: 'cache-and-network' });
  const tasks = data?.me?.pendingTasks ?? [];
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="pending-tasks-title" className="self-check-tasks">
      <List mode="card" header={<h2 id="pending-tasks-title" className="self-check-title">{t('tasks.title')}</h2>}>
        {tasks.map((task) => {
          const record = `${task.record.institution.name} · ${tr(`level.${task.record.level}`)} · ${task.record.major.name}`;
          const why = task.reconfirmReason ? t(`tasks.reason.${task.reconfirmReason}`) : null;
          const due = task.deadline ? t('tasks.deadline', { deadline: formatDateTime(task.deadline, i18n.language) }) : null;
          return (
            <List.Item
              key={`${task.kind}-${task.recordId}-${task.subject ?? ''}-${task.ticketId ?? ''}`}
              data-task={task.kind}
              description={[record, why, due].filter(Boolean).join(' · ')}
              extra={
                <Button size="small" color="primary" onClick={() => navigate(taskRoute(task))}>
                  {t('tasks.go')}
                </Button>
              }
            >
              {task.kind === 'RECONFIRM' && task.subject
                ? `${t('tasks.kind.RECONFIRM')}：${t(`subject.${task.subject}`)}`
                : t(`tasks.kind.${task.kind}`)}
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
