/**
Go's `h1:` hashes, for the lab's users: the implementation lives in `source/go/h1-hash.ts`, since the
diagnosis computes the same hashes of what real proxies serve.
*/
export {hash1, hashGoMod, hashModuleZip, type HashedFile} from '../go/h1-hash.js';
