<@file path="src/main/java/${model.packagePath}/${model.applicationClass}.java" mode="create" for=model.solution>
package ${model.javaPackage};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ${model.name} service. Processware generated this class once; it is yours now (the
 * generated code under src-gen/ is regenerated from the model, this file never is).
 */
@SpringBootApplication
public class ${model.applicationClass} {

    public static void main(String[] arguments) {
        SpringApplication.run(${model.applicationClass}.class, arguments);
    }
}
</@file>
