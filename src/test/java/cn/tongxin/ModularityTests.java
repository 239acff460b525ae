package cn.tongxin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TongxinApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyBusinessAreaIsAModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("organization", "member", "account", "audit", "web", "shared", "infrastructure", "demo", "handling",
                        "proposal", "timeline", "attachment", "notification", "desk");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
