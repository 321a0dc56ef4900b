import { LightBridgeMap } from './widgets/map';
import { LightBridgeMembers } from './widgets/members';
import { LightBridgeOrganization } from './widgets/organization';
import { LightBridgeSearch } from './widgets/search';
import { LightBridgeValueChain } from './widgets/value-chain';

export { LightBridgeMap, LightBridgeMembers, LightBridgeOrganization, LightBridgeSearch, LightBridgeValueChain };

const elements: [string, CustomElementConstructor][] = [
  ['lightbridge-members', LightBridgeMembers],
  ['lightbridge-organization', LightBridgeOrganization],
  ['lightbridge-search', LightBridgeSearch],
  ['lightbridge-value-chain', LightBridgeValueChain],
  ['lightbridge-map', LightBridgeMap],
];

// A page may load the script twice (two embeds, or the script and the module): the first wins.
for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);
