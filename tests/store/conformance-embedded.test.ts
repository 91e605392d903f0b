// The embedded engine (in memory) against the GraphStore specification.

import { openEmbeddedStore } from "../../server/store/embedded/embedded-store.js";
import { describeGraphStoreConformance } from "./conformance.js";

describeGraphStoreConformance("embedded (LadybugDB, in memory)", {
  open: () => openEmbeddedStore({ path: ":memory:" }),
});
