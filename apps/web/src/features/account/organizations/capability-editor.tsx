import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Empty } from '../../../ui/states';
import type { TermOption } from '../../directory/term-select';
import { useAccountI18n } from '../account-i18n';
import { MutationError } from '../mutation-error';
import { CapabilityForm } from './capability-form';
import { REMOVE_CAPABILITY, UPDATE_CAPABILITY, type EditableCapability } from './edit-organization.queries';

const TRLS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

interface CapabilityEditorProps {
  organizationId: string;
  capabilities: EditableCapability[];
  terms: { technologies: TermOption[]; stages: TermOption[]; applications: TermOption[] } | undefined;
  reload(): Promise<unknown>;
}

export function CapabilityEditor({ organizationId, capabilities, terms, reload }: CapabilityEditorProps) {
  const { at, gqlLang } = useAccountI18n();
  const [update, updated] = useMutation(UPDATE_CAPABILITY);
  const [remove, removed] = useMutation(REMOVE_CAPABILITY);
  const [removing, setRemoving] = useState<string | null>(null);

  // Optimistic: the new TRL shows at once and rolls back if the API refuses it (e.g. a stale version).
  const changeTrl = (capability: EditableCapability, trl: number) => {
    removed.reset();
    update({
      variables: { input: { id: capability.id, version: capability.version, trl }, lang: gqlLang },
      optimisticResponse: { updateCapability: { ...capability, trl, version: capability.version + 1 } },
    }).catch(() => undefined);
  };
  const removeOne = async (capability: EditableCapability) => {
    updated.reset();
    setRemoving(capability.id);
    try {
      await remove({ variables: { id: capability.id, version: capability.version } });
      await reload();
    } catch {
      // Shown by MutationError.
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="capabilities-title">
      <h2 id="capabilities-title">
        {at('capabilities.title')} <span className="count">{capabilities.length}</span>
      </h2>
      <MutationError error={updated.error ?? removed.error} onReload={() => void reload().then(() => (updated.reset(), removed.reset()))} />
      {capabilities.length === 0 ? (
        <Empty>{at('capabilities.empty')}</Empty>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{at('capabilities.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{at('capabilities.technology')}</th>
                <th scope="col">{at('capabilities.stage')}</th>
                <th scope="col">{at('capabilities.applications')}</th>
                <th scope="col">{at('capabilities.trl')}</th>
                <th scope="col">
                  <span className="visually-hidden">{at('form.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {capabilities.map((capability) => {
                const name = `${capability.technology.label} · ${capability.stage.label}`;
                return (
                  <tr key={capability.id}>
                    <td>{capability.technology.label}</td>
                    <td>{capability.stage.label}</td>
                    <td>{capability.applications.map((a) => a.label).join(', ')}</td>
                    <td>
                      <select
                        aria-label={at('capabilities.trlOf', { name })}
                        value={capability.trl}
                        onChange={(e) => changeTrl(capability, Number(e.target.value))}
                      >
                        {TRLS.map((trl) => (
                          <option key={trl} value={trl}>
                            {trl}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        disabled={removing === capability.id}
                        aria-label={at('capabilities.removeNamed', { name })}
                        onClick={() => void removeOne(capability)}
                      >
                        {at('capabilities.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <CapabilityForm organizationId={organizationId} terms={terms} onAdded={reload} />
    </section>
  );
}
