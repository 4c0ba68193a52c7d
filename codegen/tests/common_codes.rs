//! The generator's list of common error codes is the runtime's.

#[test]
fn generator_and_runtime_agree_on_common_codes() {
    assert_eq!(
        tencentcloud_codegen::ir::names::COMMON_ERROR_CODES,
        tencentcloud_runtime::CommonCode::ALL
    );
}
