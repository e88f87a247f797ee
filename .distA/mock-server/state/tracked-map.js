// A Map that remembers which keys were written since it was last asked, so the state file saves only what
// changed (an append to its journal) instead of rewriting everything. Records changed in place are `touch`ed.
export class TrackedMap extends Map {
    dirty = new Set();
    /** Off until a state file asks for changes: without one, remembering them would only grow. */
    tracking = false;
    set(key, value) {
        // Called by the Map constructor before fields are initialised: nothing is dirty then.
        if (this.tracking)
            this.dirty.add(key);
        return super.set(key, value);
    }
    delete(key) {
        this.dirty.delete(key);
        return super.delete(key);
    }
    clear() {
        this.dirty.clear();
        super.clear();
    }
    /** Marks a record changed in place (e.g. recalled). */
    touch(key) {
        if (this.tracking && this.has(key))
            this.dirty.add(key);
    }
    /** Stores without marking (records restored from the file, which is where they came from). */
    restore(key, value) {
        super.set(key, value);
    }
    get changed() {
        return this.dirty.size;
    }
    /** The records written since the last call, as they are now; forgets them. */
    takeChanges() {
        const out = [];
        for (const key of this.dirty) {
            const value = this.get(key);
            if (value !== undefined)
                out.push(value);
        }
        this.dirty.clear();
        return out;
    }
}
//# sourceMappingURL=tracked-map.js.map