// Jest's node environment with the host's typed-array constructors: onnxruntime-node's native binding builds its
// output tensors from the host realm's Float32Array, which fails the `instanceof` checks of a sandbox's own copy
// (microsoft/onnxruntime#16622). Everything else is jest-environment-node's.
const { TestEnvironment } = require("jest-environment-node");

const TYPED_ARRAYS = ["Float32Array", "Float64Array", "Int8Array", "Int16Array", "Int32Array", "Uint16Array", "Uint32Array", "BigInt64Array", "BigUint64Array"];

class HostTypedArraysEnvironment extends TestEnvironment {
    constructor(config, context) {
        super(config, context);
        for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
    }
}

module.exports = HostTypedArraysEnvironment;
