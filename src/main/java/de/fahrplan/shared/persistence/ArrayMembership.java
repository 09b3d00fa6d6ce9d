package de.fahrplan.shared.persistence;

import java.util.List;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.ArrayContainsArgumentTypeResolver;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The query function {@code contains_id(:ids, value)}: whether an array parameter holds the value,
 * written {@code value = any(?)} – PostgreSQL and H2 both look it up in the value's index.
 *
 * <p>Why not {@code value in :ids}: a list parameter becomes as many placeholders as it has
 * elements, so Hibernate keeps no translation of such a query and translates it into SQL on every
 * execution (a sixth of the JSON list's CPU, docs/performance.md). An array is one parameter
 * however many ids it holds; the query is translated once. Pass the ids as {@code Long[]}; the
 * array comes first, because Hibernate lets a function's last parameter take a list (varargs), and
 * a query with such a parameter is not kept either.
 */
public class ArrayMembership implements FunctionContributor {

  static final String NAME = "contains_id";

  @Override
  public void contributeFunctions(FunctionContributions functions) {
    functions.getFunctionRegistry().register(NAME, new InArray(functions.getTypeConfiguration()));
  }

  private static final class InArray extends AbstractSqmSelfRenderingFunctionDescriptor {

    InArray(TypeConfiguration types) {
      super(
          NAME,
          StandardArgumentsValidators.exactly(2),
          StandardFunctionReturnTypeResolvers.invariant(
              types.standardBasicTypeForJavaType(Boolean.class)),
          // the array's type from the value's, as for Hibernate's array_contains(array, value)
          ArrayContainsArgumentTypeResolver.INSTANCE);
    }

    @Override
    public boolean isPredicate() {
      return true;
    }

    @Override
    public void render(
        SqlAppender sql,
        List<? extends SqlAstNode> arguments,
        ReturnableType<?> returnType,
        SqlAstTranslator<?> walker) {
      arguments.get(1).accept(walker);
      sql.append(" = any(");
      arguments.get(0).accept(walker);
      sql.append(')');
    }
  }
}
