// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

/**
 * The weight datasets under {@code model_weights} of the fixture models' {@code best_model.h5} and their shapes,
 * listed once with h5py ({@code f["model_weights"].visititems}), in h5py's (sorted) order.
 */
final class KerasWeights {
	/** {@code sleap/models/minimal_instance.UNet.bottomup/best_model.h5} */
	static final String BOTTOM_UP = """
			MultiInstanceConfmapsHead_0/MultiInstanceConfmapsHead_0/bias:0 2
			MultiInstanceConfmapsHead_0/MultiInstanceConfmapsHead_0/kernel:0 1x1x24x2
			OffsetRefinementHead_0/OffsetRefinementHead_0/bias:0 4
			OffsetRefinementHead_0/OffsetRefinementHead_0/kernel:0 1x1x24x4
			PartAffinityFieldsHead_0/PartAffinityFieldsHead_0/bias:0 2
			PartAffinityFieldsHead_0/PartAffinityFieldsHead_0/kernel:0 1x1x36x2
			stack0_dec0_s8_to_s4_refine_conv0/stack0_dec0_s8_to_s4_refine_conv0/bias:0 36
			stack0_dec0_s8_to_s4_refine_conv0/stack0_dec0_s8_to_s4_refine_conv0/kernel:0 3x3x72x36
			stack0_dec0_s8_to_s4_refine_conv1/stack0_dec0_s8_to_s4_refine_conv1/bias:0 36
			stack0_dec0_s8_to_s4_refine_conv1/stack0_dec0_s8_to_s4_refine_conv1/kernel:0 3x3x36x36
			stack0_dec0_s8_to_s4_trans_conv/stack0_dec0_s8_to_s4_trans_conv/bias:0 36
			stack0_dec0_s8_to_s4_trans_conv/stack0_dec0_s8_to_s4_trans_conv/kernel:0 3x3x36x54
			stack0_dec1_s4_to_s2_refine_conv0/stack0_dec1_s4_to_s2_refine_conv0/bias:0 24
			stack0_dec1_s4_to_s2_refine_conv0/stack0_dec1_s4_to_s2_refine_conv0/kernel:0 3x3x48x24
			stack0_dec1_s4_to_s2_refine_conv1/stack0_dec1_s4_to_s2_refine_conv1/bias:0 24
			stack0_dec1_s4_to_s2_refine_conv1/stack0_dec1_s4_to_s2_refine_conv1/kernel:0 3x3x24x24
			stack0_dec1_s4_to_s2_trans_conv/stack0_dec1_s4_to_s2_trans_conv/bias:0 24
			stack0_dec1_s4_to_s2_trans_conv/stack0_dec1_s4_to_s2_trans_conv/kernel:0 3x3x24x36
			stack0_enc0_conv0/stack0_enc0_conv0/bias:0 16
			stack0_enc0_conv0/stack0_enc0_conv0/kernel:0 3x3x1x16
			stack0_enc0_conv1/stack0_enc0_conv1/bias:0 16
			stack0_enc0_conv1/stack0_enc0_conv1/kernel:0 3x3x16x16
			stack0_enc1_conv0/stack0_enc1_conv0/bias:0 24
			stack0_enc1_conv0/stack0_enc1_conv0/kernel:0 3x3x16x24
			stack0_enc1_conv1/stack0_enc1_conv1/bias:0 24
			stack0_enc1_conv1/stack0_enc1_conv1/kernel:0 3x3x24x24
			stack0_enc2_conv0/stack0_enc2_conv0/bias:0 36
			stack0_enc2_conv0/stack0_enc2_conv0/kernel:0 3x3x24x36
			stack0_enc2_conv1/stack0_enc2_conv1/bias:0 36
			stack0_enc2_conv1/stack0_enc2_conv1/kernel:0 3x3x36x36
			stack0_enc4_middle_expand_conv0/stack0_enc4_middle_expand_conv0/bias:0 54
			stack0_enc4_middle_expand_conv0/stack0_enc4_middle_expand_conv0/kernel:0 3x3x36x54
			stack0_enc5_middle_contract_conv0/stack0_enc5_middle_contract_conv0/bias:0 54
			stack0_enc5_middle_contract_conv0/stack0_enc5_middle_contract_conv0/kernel:0 3x3x54x54
			""";

	/** {@code sleap/models/minimal_instance.UNet.centroid/best_model.h5} */
	static final String CENTROID = """
			CentroidConfmapsHead_0/CentroidConfmapsHead_0/bias:0 1
			CentroidConfmapsHead_0/CentroidConfmapsHead_0/kernel:0 1x1x36x1
			OffsetRefinementHead_0/OffsetRefinementHead_0/bias:0 2
			OffsetRefinementHead_0/OffsetRefinementHead_0/kernel:0 1x1x36x2
			stack0_dec0_s8_to_s4_refine_conv0/stack0_dec0_s8_to_s4_refine_conv0/bias:0 36
			stack0_dec0_s8_to_s4_refine_conv0/stack0_dec0_s8_to_s4_refine_conv0/kernel:0 3x3x72x36
			stack0_dec0_s8_to_s4_refine_conv1/stack0_dec0_s8_to_s4_refine_conv1/bias:0 36
			stack0_dec0_s8_to_s4_refine_conv1/stack0_dec0_s8_to_s4_refine_conv1/kernel:0 3x3x36x36
			stack0_dec0_s8_to_s4_trans_conv/stack0_dec0_s8_to_s4_trans_conv/bias:0 36
			stack0_dec0_s8_to_s4_trans_conv/stack0_dec0_s8_to_s4_trans_conv/kernel:0 3x3x36x54
			stack0_enc0_conv0/stack0_enc0_conv0/bias:0 16
			stack0_enc0_conv0/stack0_enc0_conv0/kernel:0 3x3x1x16
			stack0_enc0_conv1/stack0_enc0_conv1/bias:0 16
			stack0_enc0_conv1/stack0_enc0_conv1/kernel:0 3x3x16x16
			stack0_enc1_conv0/stack0_enc1_conv0/bias:0 24
			stack0_enc1_conv0/stack0_enc1_conv0/kernel:0 3x3x16x24
			stack0_enc1_conv1/stack0_enc1_conv1/bias:0 24
			stack0_enc1_conv1/stack0_enc1_conv1/kernel:0 3x3x24x24
			stack0_enc2_conv0/stack0_enc2_conv0/bias:0 36
			stack0_enc2_conv0/stack0_enc2_conv0/kernel:0 3x3x24x36
			stack0_enc2_conv1/stack0_enc2_conv1/bias:0 36
			stack0_enc2_conv1/stack0_enc2_conv1/kernel:0 3x3x36x36
			stack0_enc4_middle_expand_conv0/stack0_enc4_middle_expand_conv0/bias:0 54
			stack0_enc4_middle_expand_conv0/stack0_enc4_middle_expand_conv0/kernel:0 3x3x36x54
			stack0_enc5_middle_contract_conv0/stack0_enc5_middle_contract_conv0/bias:0 54
			stack0_enc5_middle_contract_conv0/stack0_enc5_middle_contract_conv0/kernel:0 3x3x54x54
			""";

	/** {@code sleap/models/minimal_instance.UNet.centered_instance_with_scaling/best_model.h5} */
	static final String CENTERED_INSTANCE_WITH_SCALING = """
			CenteredInstanceConfmapsHead/CenteredInstanceConfmapsHead/bias:0 2
			CenteredInstanceConfmapsHead/CenteredInstanceConfmapsHead/kernel:0 1x1x24x2
			OffsetRefinementHead/OffsetRefinementHead/bias:0 4
			OffsetRefinementHead/OffsetRefinementHead/kernel:0 1x1x24x4
			stack0_dec0_s8_to_s4_refine_conv0/stack0_dec0_s8_to_s4_refine_conv0/bias:0 36
			stack0_dec0_s8_to_s4_refine_conv0/stack0_dec0_s8_to_s4_refine_conv0/kernel:0 3x3x72x36
			stack0_dec0_s8_to_s4_refine_conv1/stack0_dec0_s8_to_s4_refine_conv1/bias:0 36
			stack0_dec0_s8_to_s4_refine_conv1/stack0_dec0_s8_to_s4_refine_conv1/kernel:0 3x3x36x36
			stack0_dec0_s8_to_s4_trans_conv/stack0_dec0_s8_to_s4_trans_conv/bias:0 36
			stack0_dec0_s8_to_s4_trans_conv/stack0_dec0_s8_to_s4_trans_conv/kernel:0 3x3x36x54
			stack0_dec1_s4_to_s2_refine_conv0/stack0_dec1_s4_to_s2_refine_conv0/bias:0 24
			stack0_dec1_s4_to_s2_refine_conv0/stack0_dec1_s4_to_s2_refine_conv0/kernel:0 3x3x48x24
			stack0_dec1_s4_to_s2_refine_conv1/stack0_dec1_s4_to_s2_refine_conv1/bias:0 24
			stack0_dec1_s4_to_s2_refine_conv1/stack0_dec1_s4_to_s2_refine_conv1/kernel:0 3x3x24x24
			stack0_dec1_s4_to_s2_trans_conv/stack0_dec1_s4_to_s2_trans_conv/bias:0 24
			stack0_dec1_s4_to_s2_trans_conv/stack0_dec1_s4_to_s2_trans_conv/kernel:0 3x3x24x36
			stack0_enc0_conv0/stack0_enc0_conv0/bias:0 16
			stack0_enc0_conv0/stack0_enc0_conv0/kernel:0 3x3x1x16
			stack0_enc0_conv1/stack0_enc0_conv1/bias:0 16
			stack0_enc0_conv1/stack0_enc0_conv1/kernel:0 3x3x16x16
			stack0_enc1_conv0/stack0_enc1_conv0/bias:0 24
			stack0_enc1_conv0/stack0_enc1_conv0/kernel:0 3x3x16x24
			stack0_enc1_conv1/stack0_enc1_conv1/bias:0 24
			stack0_enc1_conv1/stack0_enc1_conv1/kernel:0 3x3x24x24
			stack0_enc2_conv0/stack0_enc2_conv0/bias:0 36
			stack0_enc2_conv0/stack0_enc2_conv0/kernel:0 3x3x24x36
			stack0_enc2_conv1/stack0_enc2_conv1/bias:0 36
			stack0_enc2_conv1/stack0_enc2_conv1/kernel:0 3x3x36x36
			stack0_enc4_middle_expand_conv0/stack0_enc4_middle_expand_conv0/bias:0 54
			stack0_enc4_middle_expand_conv0/stack0_enc4_middle_expand_conv0/kernel:0 3x3x36x54
			stack0_enc5_middle_contract_conv0/stack0_enc5_middle_contract_conv0/bias:0 54
			stack0_enc5_middle_contract_conv0/stack0_enc5_middle_contract_conv0/kernel:0 3x3x54x54
			""";

	/** {@code sleap/models/minimal_robot.UNet.single_instance/best_model.h5} */
	static final String SINGLE_INSTANCE = """
			SingleInstanceConfmapsHead_0/SingleInstanceConfmapsHead_0/bias:0 2
			SingleInstanceConfmapsHead_0/SingleInstanceConfmapsHead_0/kernel:0 1x1x32x2
			stack0_enc0_conv0/stack0_enc0_conv0/bias:0 8
			stack0_enc0_conv0/stack0_enc0_conv0/kernel:0 3x3x3x8
			stack0_enc0_conv1/stack0_enc0_conv1/bias:0 8
			stack0_enc0_conv1/stack0_enc0_conv1/kernel:0 3x3x8x8
			stack0_enc1_conv0/stack0_enc1_conv0/bias:0 16
			stack0_enc1_conv0/stack0_enc1_conv0/kernel:0 3x3x8x16
			stack0_enc1_conv1/stack0_enc1_conv1/bias:0 16
			stack0_enc1_conv1/stack0_enc1_conv1/kernel:0 3x3x16x16
			stack0_enc3_middle_expand_conv0/stack0_enc3_middle_expand_conv0/bias:0 32
			stack0_enc3_middle_expand_conv0/stack0_enc3_middle_expand_conv0/kernel:0 3x3x16x32
			stack0_enc4_middle_contract_conv0/stack0_enc4_middle_contract_conv0/bias:0 32
			stack0_enc4_middle_contract_conv0/stack0_enc4_middle_contract_conv0/kernel:0 3x3x32x32
			""";

	private KerasWeights() {
	}
}
